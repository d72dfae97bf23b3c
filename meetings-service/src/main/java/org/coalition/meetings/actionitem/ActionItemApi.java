package org.coalition.meetings.actionitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API records of action items. */
public final class ActionItemApi {

    private ActionItemApi() {
    }

    @Schema(name = "ActionItemInput", description = "ownerPersonId, ownerPartnerId, or both")
    public record ActionItemInput(
            @Schema(description = "The meeting the action was agreed at") @NotNull UUID meetingId,
            @Schema(examples = "Share the draft provincial teacher-development plan with all members")
            @NotBlank @Size(max = 500) String title,
            @Size(max = 10_000) String description,
            @Schema(description = "A person from /v1/people") UUID ownerPersonId,
            @Schema(description = "An organisation from /v1/partners") UUID ownerPartnerId,
            @Schema(examples = "2024-06-30") LocalDate dueOn,
            @Schema(description = "open when absent on creation, unchanged when absent on replacement") ActionItemStatus status,
            @Schema(description = "A project of a community of practice in projects-service this action feeds") UUID projectId,
            @Schema(description = "Only with status done; now when absent") Instant completedAt) {
    }

    /** An action item as the API returns it, and as its events carry it; projects-service reads these fields. */
    @Schema(name = "ActionItem")
    public record ActionItemView(UUID id, UUID meetingId, String title, String description, UUID ownerPersonId,
            UUID ownerPartnerId, LocalDate dueOn, ActionItemStatus status, UUID projectId, Instant completedAt,
            Instant createdAt, Instant updatedAt, long version) {
    }

    @Schema(name = "ActionItemStatistics", description = "Follow-through of the action items of the selected meetings")
    public record Statistics(
            @Schema(description = "Every action item, dropped ones included") long total,
            @Schema(description = "open or in-progress") long open,
            long done,
            @Schema(description = "Done on or before their due date (UTC)") long doneOnTime,
            @Schema(description = "Done after their due date (UTC)") long doneLate,
            @Schema(description = "open or in-progress, and past their due date") long overdue,
            long dropped,
            @Schema(description = "doneOnTime over the done items that had a due date; null when there are none")
            Double onTimeShare) {
    }
}
