package org.coalition.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.text.Slugged;
import org.coalition.kit.time.Timestamps;
import org.coalition.meetings.events.MeetingsEvents;
import org.coalition.meetings.meeting.RecordApi.OutcomeInput;
import org.coalition.meetings.meeting.RecordApi.OutcomeView;
import org.coalition.meetings.reference.Theme;

/** What came out of a meeting; an outcome may point at the agenda item it came out of, in the same meeting. */
@ApplicationScoped
@Transactional
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final MeetingService meetings;
    private final AgendaItemService agenda;
    private final MergePatcher patches;
    private final Outbox outbox;

    public OutcomeService(OutcomeRepository outcomes, MeetingService meetings, AgendaItemService agenda,
            MergePatcher patches, Outbox outbox) {
        this.outcomes = outcomes;
        this.meetings = meetings;
        this.agenda = agenda;
        this.patches = patches;
        this.outbox = outbox;
    }

    public Outcome record(UUID meetingId, OutcomeInput input) {
        meetings.requireForChildren(meetingId);
        Outcome outcome = new Outcome();
        outcome.id = Ids.newId();
        outcome.meetingId = meetingId;
        write(outcome, input);
        outcome.createdAt = outcome.updatedAt;
        outcomes.persistAndFlush(outcome);
        publish(MeetingsEvents.OUTCOME_RECORDED, outcome);
        return outcome;
    }

    public Outcome replace(UUID meetingId, UUID id, String ifMatch, OutcomeInput input) {
        Outcome outcome = requireForUpdate(meetingId, id, ifMatch);
        return update(outcome, input);
    }

    public Outcome patch(UUID meetingId, UUID id, String ifMatch, JsonNode patch) {
        Outcome outcome = requireForUpdate(meetingId, id, ifMatch);
        return update(outcome, patches.apply(toInput(outcome), patch, OutcomeInput.class));
    }

    public void remove(UUID meetingId, UUID id, String ifMatch) {
        Outcome outcome = requireForUpdate(meetingId, id, ifMatch);
        OutcomeView last = toView(outcome);
        outcomes.delete(outcome);
        outcomes.flush();
        outbox.publish(MeetingsEvents.TOPIC, MeetingsEvents.OUTCOME_REMOVED, meetingId.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome get(UUID meetingId, UUID id) {
        meetings.get(meetingId);
        return require(meetingId, id, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutcomeView> page(UUID meetingId, OutcomeKind kind, PageRequest page) {
        meetings.get(meetingId);
        return Page.of(outcomes.page(meetingId, kind, page.afterId(), page.fetchSize()), page,
                o -> Cursor.of(o.id.toString()), OutcomeService::toView);
    }

    private Outcome requireForUpdate(UUID meetingId, UUID id, String ifMatch) {
        meetings.requireForChildren(meetingId);
        Outcome outcome = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, outcome.version);
        return outcome;
    }

    private Outcome update(Outcome outcome, OutcomeInput input) {
        write(outcome, input);
        outcomes.flush();
        publish(MeetingsEvents.OUTCOME_UPDATED, outcome);
        return outcome;
    }

    private void write(Outcome outcome, OutcomeInput input) {
        if (input.agendaItemId() != null && !agenda.belongsTo(outcome.meetingId, input.agendaItemId())) {
            throw ProblemException.unprocessableField("agendaItemId",
                    "no agenda item " + input.agendaItemId() + " in meeting " + outcome.meetingId);
        }
        outcome.kind = input.kind().slug();
        outcome.text = input.text().strip();
        outcome.themes = new ArrayList<>(input.themes().stream().distinct().map(Theme::slug).toList());
        outcome.agendaItemId = input.agendaItemId();
        outcome.updatedAt = Timestamps.now();
    }

    private Outcome require(UUID meetingId, UUID id, boolean lock) {
        return (lock ? outcomes.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : outcomes.findByIdOptional(id))
                .filter(o -> o.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("outcome of meeting " + meetingId, id));
    }

    private void publish(String type, Outcome outcome) {
        outbox.publish(MeetingsEvents.TOPIC, type, outcome.meetingId.toString(), toView(outcome));
    }

    static OutcomeInput toInput(Outcome o) {
        return new OutcomeInput(kind(o), o.text, themes(o), o.agendaItemId);
    }

    static OutcomeView toView(Outcome o) {
        return new OutcomeView(o.id, o.meetingId, kind(o), o.text, themes(o), o.agendaItemId, o.createdAt, o.updatedAt,
                o.version);
    }

    private static OutcomeKind kind(Outcome o) {
        return Slugged.fromSlug(OutcomeKind.class, o.kind).orElseThrow();
    }

    private static List<Theme> themes(Outcome o) {
        return o.themes.stream().map(t -> Slugged.fromSlug(Theme.class, t).orElseThrow()).toList();
    }
}
