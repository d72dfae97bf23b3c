package org.coalition.partners.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to register or replace a person. */
@Schema(name = "PersonInput")
public record PersonInput(
        @Schema(examples = "Sokha Chan") @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Schema(examples = "+855 23 123 456")
        @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{5,24}", message = "must be a phone number such as +855 23 123 456")
        String phone,
        @Schema(examples = "KH") String country,
        @Schema(description = "BCP 47 tags", examples = "[\"km\", \"en\"]") List<String> languages,
        Gender gender,
        @Schema(description = "Gender in the person's own words, instead of gender") @Size(max = 100)
        String genderDescription,
        List<@NotNull @Valid Affiliation> affiliations) {

    public PersonInput {
        languages = languages == null ? List.of() : languages;
        affiliations = affiliations == null ? List.of() : affiliations;
    }
}
