package org.coalition.kit.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;

/**
 * Applies an event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivery (after a crash, a rebalance or a replay from offset 0) finds it and does
 * nothing. A payload that is not a valid CloudEvent throws {@link PoisonEventException}; with the
 * channel's {@code failure-strategy=dead-letter-queue} it goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;
    private final CloudEvents cloudEvents;

    public IdempotentConsumer(EntityManager entityManager, CloudEvents cloudEvents) {
        this.entityManager = entityManager;
        this.cloudEvents = cloudEvents;
    }

    /** @return true if the effect ran, false if this consumer had already applied the event */
    @Transactional
    public boolean apply(String consumer, String payload, Consumer<CloudEvent> effect) {
        CloudEvent event = cloudEvents.read(payload);
        int recorded = entityManager.createNativeQuery(
                        "insert into kit_processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
