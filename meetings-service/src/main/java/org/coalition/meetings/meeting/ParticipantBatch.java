package org.coalition.meetings.meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.Problems;
import org.coalition.meetings.meeting.ParticipantApi.BatchOutcome;
import org.coalition.meetings.meeting.ParticipantApi.BatchRequest;
import org.coalition.meetings.meeting.ParticipantApi.BatchResult;
import org.coalition.meetings.meeting.ParticipantApi.ParticipantInput;

/**
 * Up to 1,000 participants added in one request, each in a transaction of its own: one bad item (an
 * unknown person, someone already registered) is reported in its result and does not fail the others.
 */
@ApplicationScoped
public class ParticipantBatch {

    private final ParticipantService service;
    private final MeetingService meetings;
    private final Validator validator;

    public ParticipantBatch(ParticipantService service, MeetingService meetings, Validator validator) {
        this.service = service;
        this.meetings = meetings;
        this.validator = validator;
    }

    public BatchOutcome run(UUID meetingId, BatchRequest request) {
        meetings.get(meetingId);
        List<BatchResult> results = new ArrayList<>(request.items().size());
        int failed = 0;
        for (int i = 0; i < request.items().size(); i++) {
            BatchResult result = runOne(meetingId, i, request.items().get(i));
            results.add(result);
            if (result.problem() != null) {
                failed++;
            }
        }
        return new BatchOutcome(results, results.size() - failed, failed);
    }

    private BatchResult runOne(UUID meetingId, int index, ParticipantInput input) {
        try {
            Set<ConstraintViolation<ParticipantInput>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                Participant added = service.add(meetingId, input);
                return new BatchResult(index, 201, added.id, added.version, null);
            });
        } catch (RuntimeException failure) {
            Problem problem = Problems.from(failure);
            return new BatchResult(index, problem.status(), null, null, problem);
        }
    }
}
