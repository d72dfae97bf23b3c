package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.outbox.OutboxRelay;
import org.coalition.kit.outbox.OutboxRelayLifecycle;
import org.coalition.kit.testapp.WidgetService;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    private JsonNode json(String value) throws Exception {
        return mapper.readTree(value);
    }

    private static String widget(String name) {
        return "{\"name\":\"" + name + "\",\"color\":\"red\",\"size\":7}";
    }

    @Test
    void committedChangeIsPublishedOnceAsACloudEvent() throws Exception {
        String name = "outbox-" + UUID.randomUUID();
        String id = given().contentType("application/json").body(widget(name)).post("/v1/widgets")
                .then().statusCode(201).extract().path("id");

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(WidgetService.TOPIC)) {
            List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(consumer,
                    read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
            records.addAll(KafkaTopics.readUntil(consumer, read -> false, Duration.ofSeconds(2)));
            List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).hasSize(1);

            JsonNode event = json(mine.get(0).value());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("type").asText()).isEqualTo("org.coalition.widget.created");
            assertThat(event.get("source").asText()).isEqualTo("/kit-test");
            assertThat(event.get("subject").asText()).isEqualTo(id);
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
            assertThat(event.get("time").asText()).endsWith("Z");
            assertThat(event.get("data").get("name").asText()).isEqualTo(name);
            assertThat(event.get("data").get("version").asLong()).isZero();
            assertThat(new String(mine.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");
        }
    }

    @Test
    void rolledBackChangeIsNeverPublished() throws Exception {
        String failed = "outbox-rolled-back-" + UUID.randomUUID();
        given().contentType("application/json").body(widget(failed)).post("/v1/widgets/failing")
                .then().statusCode(500);
        given().get("/v1/widgets").then().statusCode(200);
        String marker = given().contentType("application/json").body(widget("outbox-marker-" + UUID.randomUUID()))
                .post("/v1/widgets").then().statusCode(201).extract().path("id");

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(WidgetService.TOPIC)) {
            List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(consumer,
                    read -> read.stream().anyMatch(r -> marker.equals(r.key())), Duration.ofSeconds(30));
            assertThat(records).anyMatch(r -> marker.equals(r.key()));
            assertThat(records).noneMatch(r -> r.value().contains(failed));
        }
    }

    @Test
    void anEventKafkaRefusesIsSetAsideAndTheRestGoesOut() throws Exception {
        String topic = "kit-test.refused-" + UUID.randomUUID();
        String tooLarge = QuarkusTransaction.requiringNew().call(() -> outbox.publish(topic,
                "org.coalition.test.huge", "huge", Map.of("blob", "x".repeat(1_200_000))).id());
        String after = QuarkusTransaction.requiringNew().call(() -> outbox.publish(topic,
                "org.coalition.test.small", "small", Map.of("n", 1)).id());

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(topic)) {
            List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(consumer,
                    read -> read.stream().anyMatch(r -> r.value().contains(after)), Duration.ofSeconds(30));
            assertThat(records).anyMatch(r -> r.value().contains(after));
            assertThat(records).noneMatch(r -> r.value().contains(tooLarge));
        }
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select reason from kit_outbox_failed where event_id = cast(?1 as uuid)")
                .setParameter(1, tooLarge).getSingleResult());
        assertThat(reason).contains("RecordTooLarge");
    }

    @Test
    void severalRelaysAtOncePublishEachEventOnceInOrderPerAggregate() throws Exception {
        String topic = "kit-test.relay-" + UUID.randomUUID();
        int aggregates = 10;
        int rounds = 60;
        List<OutboxRelay> relays = new ArrayList<>();
        List<Producer<String, String>> producers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Producer<String, String> producer = OutboxRelayLifecycle.createProducer(kafkaConfig);
            OutboxRelay relay = new OutboxRelay(dataSource, producer, 50, Duration.ofMillis(100), Duration.ofMillis(200));
            Thread thread = new Thread(relay, "test-relay-" + i);
            thread.start();
            producers.add(producer);
            relays.add(relay);
            threads.add(thread);
        }
        try {
            for (int round = 0; round < rounds; round++) {
                int sequence = round;
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int aggregate = 0; aggregate < aggregates; aggregate++) {
                        outbox.publish(topic, "org.coalition.test.counted", "aggregate-" + aggregate,
                                Map.of("sequence", sequence));
                    }
                });
            }

            try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(topic)) {
                List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(consumer,
                        read -> read.size() >= aggregates * rounds, Duration.ofSeconds(60));
                records.addAll(KafkaTopics.readUntil(consumer, read -> false, Duration.ofSeconds(2)));

                assertThat(records).hasSize(aggregates * rounds);
                Set<String> eventIds = new HashSet<>();
                Map<String, Integer> lastSequence = new HashMap<>();
                for (ConsumerRecord<String, String> record : records) {
                    JsonNode event = json(record.value());
                    assertThat(eventIds.add(event.get("id").asText())).as("event published once").isTrue();
                    int sequence = event.get("data").get("sequence").asInt();
                    Integer previous = lastSequence.put(record.key(), sequence);
                    assertThat(sequence).as("order of " + record.key()).isEqualTo(previous == null ? 0 : previous + 1);
                }
                assertThat(lastSequence).hasSize(aggregates).allSatisfy((key, last) -> assertThat(last).isEqualTo(rounds - 1));
            }
        } finally {
            relays.forEach(OutboxRelay::stop);
            for (Thread thread : threads) {
                thread.interrupt();
                thread.join(5_000);
            }
            producers.forEach(Producer::close);
        }
    }
}
