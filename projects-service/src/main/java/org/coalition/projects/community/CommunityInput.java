package org.coalition.projects.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a community of practice; everything else is the server's. */
@Schema(name = "CommunityInput")
public record CommunityInput(
        @Schema(examples = "Education policy fellows 2025")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "The name in other languages, by BCP 47 language tag")
        Map<String, @NotBlank @Size(max = 300) String> names,
        @Schema(description = "A theme slug, the same list as GET /v1/partners/themes", examples = "parental-involvement")
        @NotNull Theme theme,
        @Size(max = 10_000) String description,
        @Schema(description = "The organisation that facilitates the community, from /v1/partners")
        UUID facilitatorPartnerId,
        @Schema(examples = "2025-03-01") LocalDate cohortStartsOn,
        @Schema(description = "After cohortStartsOn", examples = "2026-02-28") LocalDate cohortEndsOn,
        @Schema(description = "Countries the members come from, ISO 3166-1 alpha-2", examples = "[\"MY\", \"PE\", \"PK\"]")
        List<String> countries,
        @Schema(description = "forming when absent on creation; unchanged when absent on replacement")
        CommunityStatus status) {

    public CommunityInput {
        names = names == null ? Map.of() : names;
        countries = countries == null ? List.of() : countries;
    }
}
