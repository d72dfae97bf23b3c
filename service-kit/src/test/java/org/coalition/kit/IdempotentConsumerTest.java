package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.coalition.kit.testapp.WidgetService;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentConsumerTest {

    @Inject
    EntityManager entityManager;

    private long effectsFor(String widgetId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from widget_event_effect where widget_id = ?1")
                .setParameter(1, widgetId).getSingleResult()).longValue());
    }

    private static String createWidget(String prefix) {
        return given().contentType("application/json")
                .body("{\"name\":\"" + prefix + UUID.randomUUID() + "\",\"color\":\"blue\",\"size\":3}")
                .post("/v1/widgets").then().statusCode(201).extract().path("id");
    }

    @Test
    void redeliveredEventIsAppliedOnce() throws Exception {
        String id = createWidget("consumer-");
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsFor(id) == 1);

        String payload;
        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(WidgetService.TOPIC)) {
            payload = KafkaTopics.readUntil(consumer, read -> read.stream().anyMatch(r -> id.equals(r.key())),
                    Duration.ofSeconds(30)).stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
        }
        KafkaTopics.send(WidgetService.TOPIC, id, payload);
        KafkaTopics.send(WidgetService.TOPIC, id, payload);
        String marker = createWidget("consumer-marker-");
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsFor(marker) == 1);

        assertThat(effectsFor(id)).isEqualTo(1);
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        KafkaTopics.send(WidgetService.TOPIC, key, "{ this is not json");
        KafkaTopics.send(WidgetService.TOPIC, key, "{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"/t\",\"type\":\"t\"}");
        String after = createWidget("consumer-after-poison-");
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsFor(after) == 1);

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(WidgetService.TOPIC + ".dlq")) {
            List<ConsumerRecord<String, String>> dead = KafkaTopics.readUntil(consumer,
                    read -> read.stream().filter(r -> key.equals(r.key())).count() == 2, Duration.ofSeconds(30))
                    .stream().filter(r -> key.equals(r.key())).toList();
            assertThat(dead).hasSize(2);
            assertThat(reason(dead.get(0))).contains("not JSON");
            assertThat(reason(dead.get(1))).contains("unsupported specversion '0.3'");
        }
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header reason = record.headers().lastHeader("dead-letter-reason");
        assertThat(reason).as("dead-letter-reason header").isNotNull();
        return new String(reason.value(), StandardCharsets.UTF_8);
    }
}
