package org.coalition.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Slugged;
import org.coalition.kit.time.Timestamps;
import org.coalition.meetings.events.MeetingsEvents;
import org.coalition.meetings.meeting.AgendaApi.AgendaItemInput;
import org.coalition.meetings.meeting.AgendaApi.AgendaItemView;
import org.coalition.meetings.meeting.AgendaApi.SpeakerInput;
import org.coalition.meetings.meeting.AgendaApi.SpeakerView;
import org.coalition.meetings.meeting.AgendaItem.StoredSpeaker;
import org.coalition.meetings.reference.Theme;
import org.coalition.meetings.replica.Names;
import org.coalition.meetings.replica.References;
import org.coalition.meetings.replica.References.Reference;

/** A meeting's agenda: each item lies within the meeting, and its speakers are known to the replica. */
@ApplicationScoped
@Transactional
public class AgendaItemService {

    private final AgendaItemRepository items;
    private final MeetingService meetings;
    private final References references;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public AgendaItemService(AgendaItemRepository items, MeetingService meetings, References references, Names names,
            MergePatcher patches, Outbox outbox) {
        this.items = items;
        this.meetings = meetings;
        this.references = references;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public AgendaItem add(UUID meetingId, AgendaItemInput input) {
        Meeting meeting = meetings.requireForChildren(meetingId);
        AgendaItem item = new AgendaItem();
        item.id = Ids.newId();
        item.meetingId = meetingId;
        write(meeting, item, input);
        item.createdAt = item.updatedAt;
        items.persistAndFlush(item);
        publish(MeetingsEvents.AGENDA_ITEM_ADDED, item);
        return item;
    }

    public AgendaItem replace(UUID meetingId, UUID id, String ifMatch, AgendaItemInput input) {
        Meeting meeting = meetings.requireForChildren(meetingId);
        AgendaItem item = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, item.version);
        return update(meeting, item, input);
    }

    public AgendaItem patch(UUID meetingId, UUID id, String ifMatch, JsonNode patch) {
        Meeting meeting = meetings.requireForChildren(meetingId);
        AgendaItem item = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, item.version);
        return update(meeting, item, patches.apply(toInput(item), patch, AgendaItemInput.class));
    }

    /** Outcomes recorded under the item stay, no longer tied to it. */
    public void remove(UUID meetingId, UUID id, String ifMatch) {
        meetings.requireForChildren(meetingId);
        AgendaItem item = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, item.version);
        AgendaItemView last = view(item);
        items.getEntityManager().createNativeQuery("update outcome set agenda_item_id = null where agenda_item_id = ?1")
                .setParameter(1, id).executeUpdate();
        items.delete(item);
        items.flush();
        outbox.publish(MeetingsEvents.TOPIC, MeetingsEvents.AGENDA_ITEM_REMOVED, meetingId.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgendaItem get(UUID meetingId, UUID id) {
        meetings.get(meetingId);
        return require(meetingId, id, false);
    }

    /** Whether {@code id} is an item of this meeting's agenda. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean belongsTo(UUID meetingId, UUID id) {
        return items.findByIdOptional(id).map(i -> i.meetingId.equals(meetingId)).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AgendaItemView> page(UUID meetingId, PageRequest page) {
        meetings.get(meetingId);
        Page<AgendaItem> rows = Page.of(items.page(meetingId, TimeKeyset.after(page), page.fetchSize()), page,
                i -> TimeKeyset.cursor(i.startsAt, i.id), i -> i);
        Names.Known known = known(rows.items());
        return rows.map(i -> toView(i, known));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgendaItemView view(AgendaItem item) {
        return toView(item, known(List.of(item)));
    }

    private Names.Known known(List<AgendaItem> list) {
        return names.of(list.stream().flatMap(i -> i.speakers.stream()).map(s -> s.partnerId).toList(),
                list.stream().flatMap(i -> i.speakers.stream()).map(s -> s.personId).toList());
    }

    private AgendaItem update(Meeting meeting, AgendaItem item, AgendaItemInput input) {
        write(meeting, item, input);
        items.flush();
        publish(MeetingsEvents.AGENDA_ITEM_UPDATED, item);
        return item;
    }

    private void write(Meeting meeting, AgendaItem item, AgendaItemInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.endsAt().isAfter(input.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        }
        if (input.startsAt().isBefore(meeting.startsAt) || input.startsAt().isAfter(meeting.endsAt)) {
            errors.add(new FieldError("startsAt", "must be within the meeting, " + meeting.startsAt + " to " + meeting.endsAt));
        }
        if (input.endsAt().isAfter(meeting.endsAt) || input.endsAt().isBefore(meeting.startsAt)) {
            errors.add(new FieldError("endsAt", "must be within the meeting, " + meeting.startsAt + " to " + meeting.endsAt));
        }
        for (int i = 0; i < input.speakers().size(); i++) {
            SpeakerInput speaker = input.speakers().get(i);
            if (speaker.personId() == null && speaker.partnerId() == null) {
                errors.add(new FieldError("speakers[" + i + "]", "a speaker is a person, an organisation, or both"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        Set<UUID> knownPeople = new HashSet<>();
        Set<UUID> knownPartners = new HashSet<>();
        item.speakers.forEach(s -> {
            knownPeople.add(s.personId);
            knownPartners.add(s.partnerId);
        });
        List<Reference> changed = new ArrayList<>();
        for (int i = 0; i < input.speakers().size(); i++) {
            SpeakerInput speaker = input.speakers().get(i);
            if (!knownPeople.contains(speaker.personId())) {
                changed.add(Reference.person("speakers[" + i + "].personId", speaker.personId()));
            }
            if (!knownPartners.contains(speaker.partnerId())) {
                changed.add(Reference.organisation("speakers[" + i + "].partnerId", speaker.partnerId()));
            }
        }
        references.check(changed);
        item.startsAt = input.startsAt();
        item.endsAt = input.endsAt();
        item.title = input.title().strip();
        item.format = input.format().slug();
        item.theme = input.theme() == null ? null : input.theme().slug();
        item.speakers.clear();
        input.speakers().stream().distinct()
                .forEach(s -> item.speakers.add(new StoredSpeaker(s.personId(), s.partnerId())));
        item.updatedAt = Timestamps.now();
    }

    private AgendaItem require(UUID meetingId, UUID id, boolean lock) {
        return (lock ? items.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : items.findByIdOptional(id))
                .filter(i -> i.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("agenda item of meeting " + meetingId, id));
    }

    private void publish(String type, AgendaItem item) {
        outbox.publish(MeetingsEvents.TOPIC, type, item.meetingId.toString(), view(item));
    }

    static AgendaItemInput toInput(AgendaItem i) {
        return new AgendaItemInput(i.startsAt, i.endsAt, i.title, format(i),
                i.speakers.stream().map(s -> new SpeakerInput(s.personId, s.partnerId)).toList(), theme(i));
    }

    static AgendaItemView toView(AgendaItem i, Names.Known known) {
        return new AgendaItemView(i.id, i.meetingId, i.startsAt, i.endsAt, i.title, format(i),
                i.speakers.stream().map(s -> new SpeakerView(s.personId, known.person(s.personId),
                        known.erased(s.personId), s.partnerId, known.organisation(s.partnerId))).toList(),
                theme(i), i.createdAt, i.updatedAt, i.version);
    }

    private static AgendaFormat format(AgendaItem i) {
        return Slugged.fromSlug(AgendaFormat.class, i.format).orElseThrow();
    }

    private static Theme theme(AgendaItem i) {
        return i.theme == null ? null : Slugged.fromSlug(Theme.class, i.theme).orElseThrow();
    }
}
