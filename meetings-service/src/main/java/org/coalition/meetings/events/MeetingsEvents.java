package org.coalition.meetings.events;

/** The topic and CloudEvents types this service publishes; documented for consumers in the README. */
public final class MeetingsEvents {

    /**
     * One topic for the service's aggregates: a meeting's events, its participants', agenda items',
     * outcomes' and documents' included, are keyed by the meeting id; an action item's by its own id.
     */
    public static final String TOPIC = "meetings.events";

    public static final String MEETING_SCHEDULED = "org.coalition.meeting.scheduled";
    public static final String MEETING_UPDATED = "org.coalition.meeting.updated";
    public static final String MEETING_HELD = "org.coalition.meeting.held";
    public static final String MEETING_CANCELLED = "org.coalition.meeting.cancelled";
    public static final String MEETING_REMOVED = "org.coalition.meeting.removed";
    public static final String PARTICIPANT_ADDED = "org.coalition.meeting.participant.added";
    public static final String PARTICIPANT_UPDATED = "org.coalition.meeting.participant.updated";
    public static final String PARTICIPANT_REMOVED = "org.coalition.meeting.participant.removed";
    public static final String AGENDA_ITEM_ADDED = "org.coalition.meeting.agenda-item.added";
    public static final String AGENDA_ITEM_UPDATED = "org.coalition.meeting.agenda-item.updated";
    public static final String AGENDA_ITEM_REMOVED = "org.coalition.meeting.agenda-item.removed";
    public static final String OUTCOME_RECORDED = "org.coalition.meeting.outcome.recorded";
    public static final String OUTCOME_UPDATED = "org.coalition.meeting.outcome.updated";
    public static final String OUTCOME_REMOVED = "org.coalition.meeting.outcome.removed";
    public static final String DOCUMENT_ADDED = "org.coalition.meeting.document.added";
    public static final String DOCUMENT_UPDATED = "org.coalition.meeting.document.updated";
    public static final String DOCUMENT_REMOVED = "org.coalition.meeting.document.removed";
    public static final String ACTION_ITEM_CREATED = "org.coalition.action-item.created";
    public static final String ACTION_ITEM_UPDATED = "org.coalition.action-item.updated";
    public static final String ACTION_ITEM_COMPLETED = "org.coalition.action-item.completed";

    private MeetingsEvents() {
    }
}
