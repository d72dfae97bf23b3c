package org.coalition.projects.actionitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectActionItem", description = "An action item agreed in a meeting (meetings-service) and linked to this project")
public record ActionItemView(
        UUID id,
        UUID meetingId,
        String title,
        @Schema(description = "open, in-progress, done or dropped") String status,
        LocalDate dueOn,
        @Schema(description = "Open or in progress after its due date") boolean overdue,
        Instant completedAt,
        UUID ownerPersonId,
        String ownerPersonName,
        UUID ownerPartnerId,
        String ownerPartnerName,
        @Schema(description = "meetings-service's version of the item") long version) {
}
