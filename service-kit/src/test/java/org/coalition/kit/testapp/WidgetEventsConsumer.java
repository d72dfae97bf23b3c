package org.coalition.kit.testapp;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.coalition.kit.consumer.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class WidgetEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EntityManager entityManager;

    public WidgetEventsConsumer(IdempotentConsumer consumer, EntityManager entityManager) {
        this.consumer = consumer;
        this.entityManager = entityManager;
    }

    @Incoming("widget-events")
    @Blocking
    public void on(String payload) {
        consumer.apply("widget-effects", payload, event -> entityManager
                .createNativeQuery("insert into widget_event_effect (event_id, widget_id) values (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, event.subject())
                .executeUpdate());
    }
}
