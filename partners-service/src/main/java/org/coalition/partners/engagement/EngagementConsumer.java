package org.coalition.partners.engagement;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.consumer.IdempotentConsumer;
import org.coalition.kit.consumer.PoisonEventException;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the engagement of organisations and people current from meetings-service's and
 * projects-service's events. Each event is applied once, in the transaction that records its id;
 * events this service does not use are skipped, and one it cannot apply goes to the dead-letter topic.
 */
@ApplicationScoped
public class EngagementConsumer {

    static final String MEETINGS_CONSUMER = "partners-service.engagement.meetings";
    static final String PROJECTS_CONSUMER = "partners-service.engagement.projects";
    private static final Logger LOG = Logger.getLogger(EngagementConsumer.class);

    private final IdempotentConsumer consumer;
    private final CloudEvents cloudEvents;
    private final EngagementWriter writer;

    public EngagementConsumer(IdempotentConsumer consumer, CloudEvents cloudEvents, EngagementWriter writer) {
        this.consumer = consumer;
        this.cloudEvents = cloudEvents;
        this.writer = writer;
    }

    @Incoming("meetings-in")
    @Blocking
    public void onMeetingsEvent(String payload) {
        consumer.apply(MEETINGS_CONSUMER, payload, this::applyMeetingsEvent);
    }

    @Incoming("projects-in")
    @Blocking
    public void onProjectsEvent(String payload) {
        consumer.apply(PROJECTS_CONSUMER, payload, this::applyProjectsEvent);
    }

    private void applyMeetingsEvent(CloudEvent event) {
        switch (event.type()) {
            case "org.coalition.meeting.scheduled", "org.coalition.meeting.updated", "org.coalition.meeting.held",
                    "org.coalition.meeting.cancelled" -> {
                EventData.Meeting meeting = cloudEvents.data(event, EventData.Meeting.class);
                require(event, meeting.id() != null && meeting.version() != null, "id and version");
                writer.meeting(meeting);
            }
            case "org.coalition.meeting.removed" -> {
                EventData.Meeting meeting = cloudEvents.data(event, EventData.Meeting.class);
                require(event, meeting.id() != null, "id");
                writer.meetingRemoved(meeting.id());
            }
            case "org.coalition.meeting.participant.added", "org.coalition.meeting.participant.updated" -> {
                EventData.Participant participant = cloudEvents.data(event, EventData.Participant.class);
                require(event, participant.id() != null && participant.meetingId() != null
                        && participant.version() != null, "id, meetingId and version");
                writer.participant(participant);
            }
            case "org.coalition.meeting.participant.removed" -> {
                EventData.Participant participant = cloudEvents.data(event, EventData.Participant.class);
                require(event, participant.id() != null, "id");
                writer.participantRemoved(participant.id());
            }
            case "org.coalition.action-item.created", "org.coalition.action-item.updated",
                    "org.coalition.action-item.completed" -> {
                EventData.ActionItem item = cloudEvents.data(event, EventData.ActionItem.class);
                require(event, item.id() != null && item.status() != null && item.version() != null,
                        "id, status and version");
                writer.actionItem(item);
            }
            default -> skip(event);
        }
    }

    private void applyProjectsEvent(CloudEvent event) {
        switch (event.type()) {
            case "org.coalition.project.created", "org.coalition.project.updated",
                    "org.coalition.project.status-changed" -> {
                EventData.Project project = cloudEvents.data(event, EventData.Project.class);
                require(event, project.id() != null && project.version() != null, "id and version");
                writer.project(project);
            }
            default -> skip(event);
        }
    }

    private static void skip(CloudEvent event) {
        LOG.debugf("Skipping event %s of type %s, which engagement does not use", event.id(), event.type());
    }

    private static void require(CloudEvent event, boolean present, String fields) {
        if (!present) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " lacks " + fields);
        }
    }
}
