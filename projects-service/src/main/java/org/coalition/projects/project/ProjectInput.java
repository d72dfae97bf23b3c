package org.coalition.projects.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.projects.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a project; everything else is the server's. */
@Schema(name = "ProjectInput")
public record ProjectInput(
        @Schema(description = "The community of practice the project belongs to") @NotNull UUID communityId,
        @Schema(examples = "Parental involvement in Malaysian primary schools") @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String summary,
        @Schema(description = "People who lead the project; each must be a member of the community")
        List<@NotNull UUID> leadMemberPersonIds,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "[\"MY\"]") List<String> countries,
        @Schema(description = "ISO 3166-2, each within one of countries", examples = "[\"MY-10\"]") List<String> subdivisions,
        @Schema(description = "Theme slugs, the same list as GET /v1/partners/themes") List<@NotNull Theme> themes,
        PolicyLevel policyLevel,
        List<@NotBlank @Size(max = 2_000) String> objectives,
        @Schema(examples = "2025-04-01") LocalDate startsOn,
        @Schema(description = "After startsOn", examples = "2026-03-31") LocalDate endsOn,
        @Schema(description = "pipeline when absent on creation; unchanged when absent on replacement. "
                + "Changes follow pipeline -> active | on-hold | discontinued, active -> on-hold | completed | discontinued, "
                + "on-hold -> active | discontinued; completed and discontinued are final (409 otherwise)")
        ProjectStatus status,
        List<@NotNull @Valid ParticipatingPartnerInput> participatingPartners,
        @Schema(description = "The IATI activity identifier, when the project is reported to IATI", examples = "XM-DAC-41304-CoP-2025-07")
        @Size(max = 150)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]*", message = "must be an IATI activity identifier such as XM-DAC-41304-CoP-2025-07, without spaces")
        String iatiIdentifier) {

    public ProjectInput {
        leadMemberPersonIds = leadMemberPersonIds == null ? List.of() : leadMemberPersonIds;
        countries = countries == null ? List.of() : countries;
        subdivisions = subdivisions == null ? List.of() : subdivisions;
        themes = themes == null ? List.of() : themes;
        objectives = objectives == null ? List.of() : objectives;
        participatingPartners = participatingPartners == null ? List.of() : participatingPartners;
    }

    /** An organisation taking part in the project, in one IATI OrganisationRole. */
    @Schema(name = "ParticipatingPartnerInput")
    public record ParticipatingPartnerInput(
            @Schema(description = "An organisation from /v1/partners") @NotNull UUID partnerId,
            @Schema(description = "funding, accountable, extending or implementing") @NotNull PartnerRole role) {
    }
}
