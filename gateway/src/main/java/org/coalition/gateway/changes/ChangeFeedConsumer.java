package org.coalition.gateway.changes;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.consumer.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Appends every event of the services' topics to the change feed, as received, through the kit's
 * idempotent consumer: a passing database failure is retried, an unreadable event goes to the
 * dead-letter topic, and a redelivered event is stored once.
 */
@ApplicationScoped
public class ChangeFeedConsumer {

    private final IdempotentConsumer consumer;
    private final ChangeRepository changes;

    public ChangeFeedConsumer(IdempotentConsumer consumer, ChangeRepository changes) {
        this.consumer = consumer;
        this.changes = changes;
    }

    @Incoming("changes-partners")
    @Blocking
    public void partners(String payload) {
        append("partners.events", payload);
    }

    @Incoming("changes-meetings")
    @Blocking
    public void meetings(String payload) {
        append("meetings.events", payload);
    }

    @Incoming("changes-projects")
    @Blocking
    public void projects(String payload) {
        append("projects.events", payload);
    }

    private void append(String topic, String payload) {
        consumer.apply("gateway.changes." + topic, payload,
                event -> changes.append(topic, event.id(), event.type(), event.subject(), event.time(), payload));
    }
}
