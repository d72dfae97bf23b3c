package org.coalition.meetings.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API records of a meeting's participants. */
public final class ParticipantApi {

    public static final int MAX_BATCH = 1_000;

    private ParticipantApi() {
    }

    @Schema(name = "ParticipantInput", description = "personId, partnerId, or both: a person taking part for an organisation")
    public record ParticipantInput(
            @Schema(description = "A person from /v1/people; a person takes part in a meeting once") UUID personId,
            @Schema(description = "An organisation from /v1/partners: the one the person represents, or the organisation itself")
            UUID partnerId,
            @Schema(description = "participant when absent") ParticipantRole role,
            @Schema(description = "invited when absent; attended and no-show only once the meeting has started")
            ParticipantStatus status,
            @Schema(description = "When the person registered; set to now when status is registered and this is absent")
            Instant registeredAt) {
    }

    @Schema(name = "Participant")
    public record ParticipantView(
            UUID id,
            UUID meetingId,
            UUID personId,
            @Schema(description = "The person's current name from partners-service; null once they were erased") String personName,
            @Schema(description = "True when the person's data was erased at their request; the participation stays, anonymised")
            boolean personErased,
            UUID partnerId,
            @Schema(description = "The organisation's current name from partners-service") String partnerName,
            ParticipantRole role,
            ParticipantStatus status,
            Instant registeredAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {
    }

    @Schema(name = "ParticipantBatchRequest")
    public record BatchRequest(@NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull ParticipantInput> items) {
    }

    /** The outcome of one item: its HTTP status, and the participant or the problem. */
    @Schema(name = "ParticipantBatchResult")
    public record BatchResult(int index, int status, UUID id, Long version, Problem problem) {
    }

    @Schema(name = "ParticipantBatchOutcome")
    public record BatchOutcome(List<BatchResult> results, int succeeded, int failed) {
    }
}
