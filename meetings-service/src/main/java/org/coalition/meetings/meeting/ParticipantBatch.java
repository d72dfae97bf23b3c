package org.coalition.meetings.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.batch.ItemBatch;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.Problems;
import org.coalition.meetings.meeting.ParticipantApi.BatchOutcome;
import org.coalition.meetings.meeting.ParticipantApi.BatchRequest;
import org.coalition.meetings.meeting.ParticipantApi.BatchResult;
import org.coalition.meetings.meeting.ParticipantApi.ParticipantInput;

/**
 * Up to 1,000 participants added in one request, each succeeding or failing on its own: one bad item (an
 * unknown person, someone already registered) is reported in its result and does not fail the others.
 * Items commit a hundred at a time (see {@link ItemBatch}).
 */
@ApplicationScoped
public class ParticipantBatch {

    private final ParticipantService service;
    private final MeetingService meetings;
    private final Validator validator;
    private final ItemBatch items;

    public ParticipantBatch(ParticipantService service, MeetingService meetings, Validator validator, ItemBatch items) {
        this.service = service;
        this.meetings = meetings;
        this.validator = validator;
        this.items = items;
    }

    public BatchOutcome run(UUID meetingId, BatchRequest request) {
        meetings.get(meetingId);
        List<BatchResult> results = items.run(request.items(), (index, input) -> apply(meetingId, index, input),
                (index, failure) -> {
                    Problem problem = Problems.from(failure);
                    return new BatchResult(index, problem.status(), null, null, problem);
                });
        int failed = (int) results.stream().filter(result -> result.problem() != null).count();
        return new BatchOutcome(results, results.size() - failed, failed);
    }

    private BatchResult apply(UUID meetingId, int index, ParticipantInput input) {
        Set<ConstraintViolation<ParticipantInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Participant added = service.add(meetingId, input);
        return new BatchResult(index, 201, added.id, added.version, null);
    }
}
