package org.coalition.kit.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivery (after a crash, a rebalance or a replay from offset 0) finds it and does
 * nothing.
 *
 * <p>A payload that is not a valid CloudEvent, or an effect that throws {@link PoisonEventException},
 * fails at once; with the channel's {@code failure-strategy=dead-letter-queue} it goes to the
 * dead-letter topic with the reason. Any other failure (the database restarting, a deadlock) is
 * retried with backoff first, so a passing fault does not dead-letter a good event.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final int ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final EntityManager entityManager;
    private final CloudEvents cloudEvents;

    public IdempotentConsumer(EntityManager entityManager, CloudEvents cloudEvents) {
        this.entityManager = entityManager;
        this.cloudEvents = cloudEvents;
    }

    /** @return true if the effect ran, false if this consumer had already applied the event */
    public boolean apply(String consumer, String payload, Consumer<CloudEvent> effect) {
        CloudEvent event = cloudEvents.read(payload);
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, effect));
            } catch (PoisonEventException poison) {
                throw poison;
            } catch (RuntimeException failure) {
                if (failure.getCause() instanceof PoisonEventException poison) {
                    throw poison;
                }
                if (attempt == ATTEMPTS) {
                    throw failure;
                }
                LOG.warnf("Applying %s %s failed (attempt %d of %d), retrying in %s: %s", event.type(), event.id(),
                        attempt, ATTEMPTS, backoff, failure.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private boolean applyOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
