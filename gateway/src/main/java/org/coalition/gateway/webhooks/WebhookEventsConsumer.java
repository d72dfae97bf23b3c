package org.coalition.gateway.webhooks;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads every service's event topic and queues the events subscribers asked for. The read scope an
 * event needs follows its topic; people's events are personal data (people:read).
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private static final Logger LOG = Logger.getLogger(WebhookEventsConsumer.class);

    private final WebhookService webhooks;
    private final CloudEvents cloudEvents;

    public WebhookEventsConsumer(WebhookService webhooks, CloudEvents cloudEvents) {
        this.webhooks = webhooks;
        this.cloudEvents = cloudEvents;
    }

    @Incoming("webhook-partners")
    @Blocking
    void partners(String json) {
        queue(json, "partners:read");
    }

    @Incoming("webhook-meetings")
    @Blocking
    void meetings(String json) {
        queue(json, "meetings:read");
    }

    @Incoming("webhook-projects")
    @Blocking
    void projects(String json) {
        queue(json, "projects:read");
    }

    private void queue(String json, String familyScope) {
        CloudEvent event;
        try {
            event = cloudEvents.read(json);
        } catch (RuntimeException notACloudEvent) {
            // The producing service dead-letters its own malformed events; subscribers simply do not get them.
            LOG.debugf("Not a CloudEvent, not delivered to webhooks: %s", notACloudEvent.getMessage());
            return;
        }
        String readScope = event.type().startsWith("org.coalition.person.") ? "people:read" : familyScope;
        webhooks.enqueue(event, json, readScope);
    }
}
