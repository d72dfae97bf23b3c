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
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.LanguageTags;
import org.coalition.kit.text.Slugged;
import org.coalition.kit.time.Timestamps;
import org.coalition.meetings.events.MeetingsEvents;
import org.coalition.meetings.meeting.RecordApi.DocumentInput;
import org.coalition.meetings.meeting.RecordApi.DocumentView;

/** The documents of a meeting: links to minutes, briefs, presentations and reports kept elsewhere. */
@ApplicationScoped
@Transactional
public class DocumentService {

    private final DocumentRepository documents;
    private final MeetingService meetings;
    private final MergePatcher patches;
    private final Outbox outbox;

    public DocumentService(DocumentRepository documents, MeetingService meetings, MergePatcher patches, Outbox outbox) {
        this.documents = documents;
        this.meetings = meetings;
        this.patches = patches;
        this.outbox = outbox;
    }

    public MeetingDocument add(UUID meetingId, DocumentInput input) {
        meetings.requireForChildren(meetingId);
        MeetingDocument document = new MeetingDocument();
        document.id = Ids.newId();
        document.meetingId = meetingId;
        write(document, input);
        document.createdAt = document.updatedAt;
        documents.persistAndFlush(document);
        publish(MeetingsEvents.DOCUMENT_ADDED, document);
        return document;
    }

    public MeetingDocument replace(UUID meetingId, UUID id, String ifMatch, DocumentInput input) {
        MeetingDocument document = requireForUpdate(meetingId, id, ifMatch);
        return update(document, input);
    }

    public MeetingDocument patch(UUID meetingId, UUID id, String ifMatch, JsonNode patch) {
        MeetingDocument document = requireForUpdate(meetingId, id, ifMatch);
        return update(document, patches.apply(toInput(document), patch, DocumentInput.class));
    }

    public void remove(UUID meetingId, UUID id, String ifMatch) {
        MeetingDocument document = requireForUpdate(meetingId, id, ifMatch);
        DocumentView last = toView(document);
        documents.delete(document);
        documents.flush();
        outbox.publish(MeetingsEvents.TOPIC, MeetingsEvents.DOCUMENT_REMOVED, meetingId.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingDocument get(UUID meetingId, UUID id) {
        meetings.get(meetingId);
        return require(meetingId, id, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentView> page(UUID meetingId, PageRequest page) {
        meetings.get(meetingId);
        return Page.of(documents.page(meetingId, page.afterId(), page.fetchSize()), page,
                d -> Cursor.of(d.id.toString()), DocumentService::toView);
    }

    private MeetingDocument requireForUpdate(UUID meetingId, UUID id, String ifMatch) {
        meetings.requireForChildren(meetingId);
        MeetingDocument document = require(meetingId, id, true);
        ETags.checkIfMatch(ifMatch, document.version);
        return document;
    }

    private MeetingDocument update(MeetingDocument document, DocumentInput input) {
        write(document, input);
        documents.flush();
        publish(MeetingsEvents.DOCUMENT_UPDATED, document);
        return document;
    }

    private void write(MeetingDocument document, DocumentInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!MeetingRules.isWebAddress(input.url())) {
            errors.add(new FieldError("url", "must be an absolute http or https URL"));
        }
        if (input.language() != null && !LanguageTags.isValid(input.language())) {
            errors.add(new FieldError("language", "must be a BCP 47 language tag such as km or fr"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        document.title = input.title().strip();
        document.url = input.url();
        document.kind = input.kind().slug();
        document.language = input.language();
        document.updatedAt = Timestamps.now();
    }

    private MeetingDocument require(UUID meetingId, UUID id, boolean lock) {
        return (lock ? documents.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : documents.findByIdOptional(id))
                .filter(d -> d.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("document of meeting " + meetingId, id));
    }

    private void publish(String type, MeetingDocument document) {
        outbox.publish(MeetingsEvents.TOPIC, type, document.meetingId.toString(), toView(document));
    }

    static DocumentInput toInput(MeetingDocument d) {
        return new DocumentInput(d.title, d.url, kind(d), d.language);
    }

    static DocumentView toView(MeetingDocument d) {
        return new DocumentView(d.id, d.meetingId, d.title, d.url, kind(d), d.language, d.createdAt, d.updatedAt,
                d.version);
    }

    private static DocumentKind kind(MeetingDocument d) {
        return Slugged.fromSlug(DocumentKind.class, d.kind).orElseThrow();
    }
}
