package org.coalition.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Slugged;
import org.coalition.kit.time.Timestamps;
import org.coalition.meetings.events.MeetingsEvents;
import org.coalition.meetings.meeting.ParticipantApi.ParticipantInput;
import org.coalition.meetings.meeting.ParticipantApi.ParticipantView;
import org.coalition.meetings.replica.Names;
import org.coalition.meetings.replica.References;
import org.coalition.meetings.replica.References.Reference;

/**
 * A meeting's participants. Changes lock the meeting's row, so that two requests adding the same person
 * at once queue and the second gets a clean 409.
 */
@ApplicationScoped
@Transactional
public class ParticipantService {

    private final ParticipantRepository participants;
    private final MeetingService meetings;
    private final References references;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public ParticipantService(ParticipantRepository participants, MeetingService meetings, References references,
            Names names, MergePatcher patches, Outbox outbox) {
        this.participants = participants;
        this.meetings = meetings;
        this.references = references;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public Participant add(UUID meetingId, ParticipantInput input) {
        Meeting meeting = meetings.requireForChildren(meetingId);
        if (MeetingMapper.status(meeting) == MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("Meeting " + meetingId + " was cancelled; it takes no new participants.");
        }
        Participant participant = new Participant();
        participant.id = Ids.newId();
        participant.meetingId = meetingId;
        write(meeting, participant, input, true);
        participant.createdAt = participant.updatedAt;
        participants.persistAndFlush(participant);
        publish(MeetingsEvents.PARTICIPANT_ADDED, participant);
        return participant;
    }

    public Participant replace(UUID meetingId, UUID id, String ifMatch, ParticipantInput input) {
        Meeting meeting = meetings.requireForChildren(meetingId);
        Participant participant = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, participant.version);
        return update(meeting, participant, input);
    }

    public Participant patch(UUID meetingId, UUID id, String ifMatch, JsonNode patch) {
        Meeting meeting = meetings.requireForChildren(meetingId);
        Participant participant = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, participant.version);
        return update(meeting, participant, patches.apply(toInput(participant), patch, ParticipantInput.class));
    }

    public void remove(UUID meetingId, UUID id, String ifMatch) {
        meetings.requireForChildren(meetingId);
        Participant participant = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, participant.version);
        ParticipantView last = view(participant);
        participants.delete(participant);
        participants.flush();
        outbox.publish(MeetingsEvents.TOPIC, MeetingsEvents.PARTICIPANT_REMOVED, meetingId.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(UUID meetingId, UUID id) {
        meetings.get(meetingId);
        return require(meetingId, id, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParticipantView> page(UUID meetingId, ParticipantRole role, ParticipantStatus status, PageRequest page) {
        meetings.get(meetingId);
        Page<Participant> rows = Page.of(participants.page(meetingId, role, status, page.afterId(), page.fetchSize()),
                page, p -> Cursor.of(p.id.toString()), p -> p);
        Names.Known known = names.of(rows.items().stream().map(p -> p.partnerId).toList(),
                rows.items().stream().map(p -> p.personId).toList());
        return rows.map(p -> toView(p, known));
    }

    /** The representation, with the current names from the replica. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ParticipantView view(Participant participant) {
        return toView(participant, names.of(nonNull(participant.partnerId), nonNull(participant.personId)));
    }

    private Participant update(Meeting meeting, Participant participant, ParticipantInput input) {
        write(meeting, participant, input, false);
        participants.flush();
        publish(MeetingsEvents.PARTICIPANT_UPDATED, participant);
        return participant;
    }

    private void write(Meeting meeting, Participant participant, ParticipantInput input, boolean adding) {
        if (input.personId() == null && input.partnerId() == null) {
            throw ProblemException.invalidField("personId", "a participant is a person, an organisation, or both");
        }
        List<Reference> changed = new ArrayList<>();
        if (adding || !Objects.equals(input.personId(), participant.personId)) {
            changed.add(Reference.person("personId", input.personId()));
        }
        if (adding || !Objects.equals(input.partnerId(), participant.partnerId)) {
            changed.add(Reference.organisation("partnerId", input.partnerId()));
        }
        references.check(changed);
        participants.sameAs(meeting.id, input.personId(), input.partnerId(), participant.id).ifPresent(other -> {
            String field = input.personId() != null ? "personId" : "partnerId";
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError(field,
                    (input.personId() != null ? "person " + input.personId() : "organisation " + input.partnerId())
                            + " already takes part in meeting " + meeting.id + " as participant " + other.id)));
        });
        ParticipantStatus status = input.status() == null ? ParticipantStatus.INVITED : input.status();
        if ((status == ParticipantStatus.ATTENDED || status == ParticipantStatus.NO_SHOW)
                && meeting.startsAt.isAfter(Instant.now())) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("status",
                    status.slug() + " is known only once the meeting has started, at " + meeting.startsAt)));
        }
        participant.personId = input.personId();
        participant.partnerId = input.partnerId();
        participant.role = (input.role() == null ? ParticipantRole.PARTICIPANT : input.role()).slug();
        participant.status = status.slug();
        participant.registeredAt = input.registeredAt() != null ? input.registeredAt()
                : participant.registeredAt != null ? participant.registeredAt
                : status == ParticipantStatus.REGISTERED || status == ParticipantStatus.ATTENDED ? Timestamps.now() : null;
        participant.updatedAt = Timestamps.now();
    }

    private Participant require(UUID meetingId, UUID id, boolean lock) {
        return (lock ? participants.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : participants.findByIdOptional(id))
                .filter(p -> p.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("participant of meeting " + meetingId, id));
    }

    private void publish(String type, Participant participant) {
        outbox.publish(MeetingsEvents.TOPIC, type, participant.meetingId.toString(), view(participant));
    }

    static ParticipantInput toInput(Participant p) {
        return new ParticipantInput(p.personId, p.partnerId, role(p), status(p), p.registeredAt);
    }

    static ParticipantView toView(Participant p, Names.Known known) {
        return new ParticipantView(p.id, p.meetingId, p.personId, known.person(p.personId), known.erased(p.personId),
                p.partnerId, known.organisation(p.partnerId), role(p), status(p), p.registeredAt, p.createdAt,
                p.updatedAt, p.version);
    }

    private static ParticipantRole role(Participant p) {
        return Slugged.fromSlug(ParticipantRole.class, p.role).orElseThrow();
    }

    private static ParticipantStatus status(Participant p) {
        return Slugged.fromSlug(ParticipantStatus.class, p.status).orElseThrow();
    }

    private static List<UUID> nonNull(UUID id) {
        return id == null ? List.of() : List.of(id);
    }
}
