package org.coalition.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.time.Timestamps;
import org.coalition.meetings.events.MeetingsEvents;
import org.coalition.meetings.replica.References;
import org.coalition.meetings.replica.References.Reference;

/**
 * Meetings: every change is checked, versioned and published through the outbox in one transaction.
 * Status moves planned ⇄ confirmed by PUT or PATCH; held and cancelled only through {@link #hold} and
 * {@link #cancel}, and both are final.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final References references;
    private final MergePatcher patches;
    private final Outbox outbox;

    public MeetingService(MeetingRepository meetings, References references, MergePatcher patches, Outbox outbox) {
        this.meetings = meetings;
        this.references = references;
        this.patches = patches;
        this.outbox = outbox;
    }

    public Meeting create(MeetingInput input) {
        Meeting meeting = MeetingMapper.newMeeting();
        MeetingStatus status = input.status() == null ? MeetingStatus.PLANNED : input.status();
        if (status == MeetingStatus.CANCELLED) {
            throw conflict("status", "a meeting cannot be created cancelled; create it, then POST .../cancel with a reason");
        }
        write(meeting, input, true);
        if (status == MeetingStatus.HELD) {
            requireStarted(meeting);
        }
        meeting.status = status.slug();
        meeting.createdAt = meeting.updatedAt;
        meetings.persistAndFlush(meeting);
        publish(status == MeetingStatus.HELD ? MeetingsEvents.MEETING_HELD : MeetingsEvents.MEETING_SCHEDULED, meeting);
        return meeting;
    }

    public Meeting replace(UUID id, String ifMatch, MeetingInput input) {
        Meeting meeting = requireForUpdate(id, ifMatch);
        return update(meeting, input);
    }

    /** Applies a JSON Merge Patch to the meeting as a client would PUT it, then validates the result. */
    public Meeting patch(UUID id, String ifMatch, JsonNode patch) {
        Meeting meeting = requireForUpdate(id, ifMatch);
        return update(meeting, patches.apply(MeetingMapper.toInput(meeting), patch, MeetingInput.class));
    }

    /** Records that the meeting took place; only once it has started, and not when it was cancelled. */
    public Meeting hold(UUID id, String ifMatch) {
        Meeting meeting = requireForUpdate(id, ifMatch);
        MeetingStatus from = MeetingMapper.status(meeting);
        if (from == MeetingStatus.HELD || from == MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("Meeting " + id + " is " + from.slug() + " already; only a planned or"
                    + " confirmed meeting can be held.");
        }
        requireStarted(meeting);
        meeting.status = MeetingStatus.HELD.slug();
        meeting.updatedAt = Timestamps.now();
        meetings.flush();
        publish(MeetingsEvents.MEETING_HELD, meeting);
        return meeting;
    }

    public Meeting cancel(UUID id, String ifMatch, String reason) {
        Meeting meeting = requireForUpdate(id, ifMatch);
        MeetingStatus from = MeetingMapper.status(meeting);
        if (from == MeetingStatus.HELD || from == MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("Meeting " + id + " is " + from.slug() + " already; only a planned or"
                    + " confirmed meeting can be cancelled.");
        }
        meeting.status = MeetingStatus.CANCELLED.slug();
        meeting.cancellationReason = reason.strip();
        meeting.updatedAt = Timestamps.now();
        meetings.flush();
        publish(MeetingsEvents.MEETING_CANCELLED, meeting);
        return meeting;
    }

    /**
     * Removes a meeting that was scheduled by mistake, with its agenda, participants, outcomes and
     * documents. A held meeting is the record of what happened, and one with action items has follow-up
     * that refers to it: both are 409.
     */
    public void remove(UUID id, String ifMatch) {
        Meeting meeting = requireForUpdate(id, ifMatch);
        if (MeetingMapper.status(meeting) == MeetingStatus.HELD) {
            throw ProblemException.conflict("Meeting " + id + " was held; it stays as the record of what happened.");
        }
        if (meetings.actionItemCount(id) > 0) {
            throw ProblemException.conflict("Meeting " + id + " has action items; drop or move them first, or cancel"
                    + " the meeting instead.");
        }
        MeetingView last = MeetingMapper.toView(meeting);
        meetings.delete(meeting);
        meetings.flush();
        outbox.publish(MeetingsEvents.TOPIC, MeetingsEvents.MEETING_REMOVED, id.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Meeting get(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("meeting", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeetingView> page(MeetingFilter.Criteria criteria, PageRequest page) {
        TimeKeyset after = TimeKeyset.after(page);
        return Page.of(meetings.page(criteria, after == null ? null : after.at(), after == null ? null : after.id(),
                page.fetchSize()), page, m -> TimeKeyset.cursor(m.startsAt, m.id), MeetingMapper::toView);
    }

    /**
     * Loads a meeting to change it, locking its row: concurrent writers queue, so each sees the version
     * the previous one committed and a stale If-Match is a clean 412, not a lost update.
     */
    Meeting requireForUpdate(UUID id, String ifMatch) {
        Meeting meeting = meetings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("meeting", id));
        ETags.checkIfMatch(ifMatch, meeting.version);
        return meeting;
    }

    /** The meeting a sub-resource belongs to, locked so that its children are changed one writer at a time. */
    public Meeting requireForChildren(UUID id) {
        return meetings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("meeting", id));
    }

    private Meeting update(Meeting meeting, MeetingInput input) {
        MeetingStatus from = MeetingMapper.status(meeting);
        MeetingStatus to = input.status() == null ? from : input.status();
        if (to != from) {
            if (from == MeetingStatus.HELD || from == MeetingStatus.CANCELLED) {
                throw conflict("status", "the meeting is " + from.slug() + "; that is final");
            }
            if (to == MeetingStatus.HELD) {
                throw conflict("status", "record that the meeting took place with POST /v1/meetings/" + meeting.id + "/hold");
            }
            if (to == MeetingStatus.CANCELLED) {
                throw conflict("status", "cancel the meeting with POST /v1/meetings/" + meeting.id + "/cancel and a reason");
            }
        }
        write(meeting, input, false);
        if (from == MeetingStatus.HELD) {
            requireStarted(meeting);
        }
        meeting.status = to.slug();
        meetings.flush();
        publish(MeetingsEvents.MEETING_UPDATED, meeting);
        return meeting;
    }

    /** Only references that change are checked: a host archived after the meeting was scheduled stays acceptable. */
    private void write(Meeting meeting, MeetingInput input, boolean creating) {
        MeetingRules.check(input);
        List<Reference> changed = new ArrayList<>();
        if (creating || (input.groupId() != null && !input.groupId().equals(meeting.groupId))) {
            changed.add(Reference.group("groupId", input.groupId()));
        }
        for (int i = 0; i < input.hostPartnerIds().size(); i++) {
            UUID host = input.hostPartnerIds().get(i);
            if (creating || !meeting.hostPartnerIds.contains(host)) {
                changed.add(Reference.organisation("hostPartnerIds[" + i + "]", host));
            }
        }
        references.check(changed);
        MeetingMapper.apply(input, meeting);
        meeting.updatedAt = Timestamps.now();
    }

    private static void requireStarted(Meeting meeting) {
        if (meeting.startsAt.isAfter(Instant.now())) {
            throw conflict("status", "the meeting starts at " + meeting.startsAt + "; it can be held only once it has started");
        }
    }

    private static ProblemException conflict(String field, String message) {
        return ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError(field, message)));
    }

    private void publish(String type, Meeting meeting) {
        outbox.publish(MeetingsEvents.TOPIC, type, meeting.id.toString(), MeetingMapper.toView(meeting));
    }
}
