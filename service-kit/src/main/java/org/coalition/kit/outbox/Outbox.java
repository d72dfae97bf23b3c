package org.coalition.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.coalition.kit.config.KitConfig;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;

/**
 * The transactional outbox: an event is written as a row in the caller's transaction, so it exists
 * exactly when the change it describes was committed. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    static final String CHANNEL = "kit_outbox";

    private final EntityManager entityManager;
    private final CloudEvents cloudEvents;
    private final String source;

    public Outbox(EntityManager entityManager, CloudEvents cloudEvents, KitConfig config) {
        this.entityManager = entityManager;
        this.cloudEvents = cloudEvents;
        this.source = config.events().source();
    }

    /**
     * Records an event about aggregate {@code subject} for {@code topic}, keyed by the subject so one
     * aggregate's events stay in order. Call it after the change it describes, inside the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String subject, Object data) {
        // Transactions publishing about the same aggregate queue here until the earlier one commits, so
        // outbox ids, which the relay publishes in, follow commit order for each aggregate.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, topic + ":" + subject)
                .getSingleResult();
        CloudEvent event = cloudEvents.create(source, type, subject, data);
        entityManager.createNativeQuery("""
                        insert into kit_outbox (event_id, topic, message_key, event_type, payload)
                        values (cast(?1 as uuid), ?2, ?3, ?4, ?5)""")
                .setParameter(1, event.id())
                .setParameter(2, topic)
                .setParameter(3, subject)
                .setParameter(4, type)
                .setParameter(5, cloudEvents.write(event))
                .executeUpdate();
        // Delivered to listening relays only if and when this transaction commits.
        entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', '')").getSingleResult();
        return event;
    }
}
