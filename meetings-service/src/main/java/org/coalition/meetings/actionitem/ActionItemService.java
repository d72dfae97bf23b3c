package org.coalition.meetings.actionitem;

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
import org.coalition.meetings.actionitem.ActionItemApi.ActionItemInput;
import org.coalition.meetings.actionitem.ActionItemApi.ActionItemView;
import org.coalition.meetings.events.MeetingsEvents;
import org.coalition.meetings.meeting.Meeting;
import org.coalition.meetings.meeting.MeetingMapper;
import org.coalition.meetings.meeting.MeetingRepository;
import org.coalition.meetings.meeting.MeetingStatus;
import org.coalition.meetings.replica.References;
import org.coalition.meetings.replica.References.Reference;

/**
 * Action items: checked, versioned and published through the outbox in one transaction, keyed by their
 * own id. completedAt is set exactly while the status is done.
 */
@ApplicationScoped
@Transactional
public class ActionItemService {

    private final ActionItemRepository items;
    private final MeetingRepository meetings;
    private final References references;
    private final MergePatcher patches;
    private final Outbox outbox;

    public ActionItemService(ActionItemRepository items, MeetingRepository meetings, References references,
            MergePatcher patches, Outbox outbox) {
        this.items = items;
        this.meetings = meetings;
        this.references = references;
        this.patches = patches;
        this.outbox = outbox;
    }

    public ActionItem create(ActionItemInput input) {
        ActionItem item = new ActionItem();
        item.id = Ids.newId();
        write(item, input, true);
        item.createdAt = item.updatedAt;
        items.persistAndFlush(item);
        publish(ActionItemStatus.DONE.slug().equals(item.status) ? MeetingsEvents.ACTION_ITEM_COMPLETED
                : MeetingsEvents.ACTION_ITEM_CREATED, item);
        return item;
    }

    public ActionItem replace(UUID id, String ifMatch, ActionItemInput input) {
        return update(requireForUpdate(id, ifMatch), input);
    }

    public ActionItem patch(UUID id, String ifMatch, JsonNode patch) {
        ActionItem item = requireForUpdate(id, ifMatch);
        return update(item, patches.apply(toInput(item), patch, ActionItemInput.class));
    }

    /** DELETE drops the item: it stays on record with status dropped; dropping twice changes nothing. */
    public void drop(UUID id, String ifMatch) {
        ActionItem item = requireForUpdate(id, ifMatch);
        if (!ActionItemStatus.DROPPED.slug().equals(item.status)) {
            item.status = ActionItemStatus.DROPPED.slug();
            item.completedAt = null;
            item.updatedAt = Timestamps.now();
            items.flush();
            publish(MeetingsEvents.ACTION_ITEM_UPDATED, item);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionItem get(UUID id) {
        return items.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("action item", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionItemView> page(ActionItemFilter.Criteria criteria, PageRequest page) {
        return Page.of(items.page(criteria, page.afterId(), page.fetchSize()), page, a -> Cursor.of(a.id.toString()),
                ActionItemService::toView);
    }

    private ActionItem requireForUpdate(UUID id, String ifMatch) {
        ActionItem item = items.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("action item", id));
        ETags.checkIfMatch(ifMatch, item.version);
        return item;
    }

    private ActionItem update(ActionItem item, ActionItemInput input) {
        boolean wasDone = ActionItemStatus.DONE.slug().equals(item.status);
        write(item, input, false);
        items.flush();
        boolean completes = !wasDone && ActionItemStatus.DONE.slug().equals(item.status);
        publish(completes ? MeetingsEvents.ACTION_ITEM_COMPLETED : MeetingsEvents.ACTION_ITEM_UPDATED, item);
        return item;
    }

    private void write(ActionItem item, ActionItemInput input, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (input.ownerPersonId() == null && input.ownerPartnerId() == null) {
            errors.add(new FieldError("ownerPersonId", "an action item needs an owner: a person, an organisation, or both"));
        }
        ActionItemStatus status = input.status() != null ? input.status()
                : creating ? ActionItemStatus.OPEN : status(item);
        // A merge patch that reopens a done item carries its old completion time along; that one is let go.
        if (input.completedAt() != null && status != ActionItemStatus.DONE
                && !input.completedAt().equals(item.completedAt)) {
            errors.add(new FieldError("completedAt", "only an action item with status done has a completion time"));
        }
        if (input.completedAt() != null && input.completedAt().isAfter(Instant.now())) {
            errors.add(new FieldError("completedAt", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        if (creating || !input.meetingId().equals(item.meetingId)) {
            Meeting meeting = meetings.findByIdOptional(input.meetingId()).orElseThrow(() ->
                    ProblemException.unprocessableField("meetingId", "no meeting with id " + input.meetingId()));
            if (MeetingMapper.status(meeting) == MeetingStatus.CANCELLED) {
                throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("meetingId",
                        "meeting " + meeting.id + " was cancelled; nothing was agreed there")));
            }
        }
        List<Reference> changed = new ArrayList<>();
        if (creating || !Objects.equals(input.ownerPersonId(), item.ownerPersonId)) {
            changed.add(Reference.person("ownerPersonId", input.ownerPersonId()));
        }
        if (creating || !Objects.equals(input.ownerPartnerId(), item.ownerPartnerId)) {
            changed.add(Reference.organisation("ownerPartnerId", input.ownerPartnerId()));
        }
        references.check(changed);
        item.meetingId = input.meetingId();
        item.title = input.title().strip();
        item.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        item.ownerPersonId = input.ownerPersonId();
        item.ownerPartnerId = input.ownerPartnerId();
        item.dueOn = input.dueOn();
        item.projectId = input.projectId();
        Instant now = Timestamps.now();
        if (status == ActionItemStatus.DONE) {
            item.completedAt = input.completedAt() != null ? input.completedAt()
                    : item.completedAt != null ? item.completedAt : now;
        } else {
            item.completedAt = null;
        }
        item.status = status.slug();
        item.updatedAt = now;
    }

    private void publish(String type, ActionItem item) {
        outbox.publish(MeetingsEvents.TOPIC, type, item.id.toString(), toView(item));
    }

    static ActionItemInput toInput(ActionItem a) {
        return new ActionItemInput(a.meetingId, a.title, a.description, a.ownerPersonId, a.ownerPartnerId, a.dueOn,
                status(a), a.projectId, a.completedAt);
    }

    static ActionItemView toView(ActionItem a) {
        return new ActionItemView(a.id, a.meetingId, a.title, a.description, a.ownerPersonId, a.ownerPartnerId, a.dueOn,
                status(a), a.projectId, a.completedAt, a.createdAt, a.updatedAt, a.version);
    }

    private static ActionItemStatus status(ActionItem a) {
        return Slugged.fromSlug(ActionItemStatus.class, a.status).orElseThrow();
    }
}
