package org.coalition.projects.actionitem;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.consumer.IdempotentConsumer;
import org.coalition.kit.consumer.PoisonEventException;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the action items of meetings-service that name a project, from its events; every other
 * event of that topic is skipped. Each event is applied once, in the transaction that records its id.
 */
@ApplicationScoped
public class MeetingsEventsConsumer {

    static final String CONSUMER = "projects-service.action-items";
    private static final String ACTION_ITEM_TYPES = "org.coalition.action-item.";
    private static final Logger LOG = Logger.getLogger(MeetingsEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final CloudEvents cloudEvents;
    private final ActionItemRepository items;

    public MeetingsEventsConsumer(IdempotentConsumer consumer, CloudEvents cloudEvents, ActionItemRepository items) {
        this.consumer = consumer;
        this.cloudEvents = cloudEvents;
        this.items = items;
    }

    @Incoming("meetings-in")
    @Blocking
    public void on(String payload) {
        consumer.apply(CONSUMER, payload, this::apply);
    }

    /**
     * Every action-item event carries the item's whole representation, so created, updated and
     * completed are applied alike; an item whose link to a project is removed stays here with a null
     * project and no longer lists under it.
     */
    private void apply(CloudEvent event) {
        if (!event.type().startsWith(ACTION_ITEM_TYPES)) {
            LOG.debugf("Skipping event %s of type %s, which this service does not use", event.id(), event.type());
            return;
        }
        ActionItemData item = cloudEvents.data(event, ActionItemData.class);
        if (item.id() == null || item.version() == null || item.title() == null || item.status() == null) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " lacks id, title, status or version");
        }
        items.save(item);
    }
}
