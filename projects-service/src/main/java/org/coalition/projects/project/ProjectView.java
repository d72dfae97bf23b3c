package org.coalition.projects.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.projects.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API returns it, and as its events carry it. */
@Schema(name = "Project")
public record ProjectView(
        UUID id,
        UUID communityId,
        String title,
        String summary,
        List<UUID> leadMemberPersonIds,
        List<String> countries,
        List<String> subdivisions,
        List<Theme> themes,
        PolicyLevel policyLevel,
        List<String> objectives,
        LocalDate startsOn,
        LocalDate endsOn,
        ProjectStatus status,
        @Schema(description = "The IATI ActivityStatus code of status", examples = "2") int iatiActivityStatus,
        List<ParticipatingPartner> participatingPartners,
        String iatiIdentifier,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    @Schema(name = "ParticipatingPartner")
    public record ParticipatingPartner(
            UUID partnerId,
            @Schema(description = "The organisation's name as partners-service last announced it") String name,
            PartnerRole role,
            @Schema(description = "The IATI OrganisationRole code of role", examples = "4") int iatiRoleCode) {
    }
}
