package org.coalition.partners.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.coalition.partners.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an organisation; everything else is the server's. */
@Schema(name = "PartnerInput")
public record PartnerInput(
        @Schema(examples = "United Nations Educational, Scientific and Cultural Organization")
        @NotBlank @Size(max = 300) String name,
        @Schema(examples = "UNESCO") @Size(max = 50) String acronym,
        @Schema(description = "The name in other languages, by BCP 47 language tag")
        Map<String, @NotBlank @Size(max = 300) String> names,
        @NotNull PartnerType type,
        @Schema(description = "Headquarters country, ISO 3166-1 alpha-2; required for national, subnational and local organisations",
                examples = "FR")
        String country,
        List<String> countriesOfOperation,
        @NotNull Level level,
        @Schema(description = "ISO 3166-2 code within country", examples = "KH-3") String subdivision,
        List<@NotNull Theme> themes,
        @Schema(description = "SDG 4 targets: 4.1-4.7, 4.a-4.c") List<String> sdg4Targets,
        @Schema(examples = "https://www.unesco.org") @Size(max = 500) String website,
        @Email @Size(max = 254) String email,
        @Schema(description = "active or archived; merged is set only by a merge") PartnerStatus status,
        List<@NotNull @Valid Identifier> identifiers) {

    public PartnerInput {
        names = names == null ? Map.of() : names;
        countriesOfOperation = countriesOfOperation == null ? List.of() : countriesOfOperation;
        themes = themes == null ? List.of() : themes;
        sdg4Targets = sdg4Targets == null ? List.of() : sdg4Targets;
        identifiers = identifiers == null ? List.of() : identifiers;
    }
}
