package org.coalition.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalition.kit.config.KitConfig;

/** Runs this replica's outbox relay on a thread of its own from startup to shutdown. */
@ApplicationScoped
public class OutboxRelayLifecycle {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    KitConfig config;

    private Producer<String, String> producer;
    private OutboxRelay relay;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        KitConfig.Outbox.Relay settings = config.outbox().relay();
        if (!settings.enabled()) {
            return;
        }
        producer = createProducer(kafkaConfig);
        relay = new OutboxRelay(dataSource, producer, settings.batchSize(), settings.pollInterval(),
                settings.retryBackoff());
        thread = new Thread(relay, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (relay == null) {
            return;
        }
        relay.stop();
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
        producer.close(Duration.ofSeconds(5));
    }

    /** An idempotent producer that waits for every in-sync replica: no event is lost or doubled by retries. */
    public static Producer<String, String> createProducer(Map<String, Object> kafkaConfig) {
        Map<String, Object> properties = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                properties.put(key, value);
            }
        });
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(properties);
    }
}
