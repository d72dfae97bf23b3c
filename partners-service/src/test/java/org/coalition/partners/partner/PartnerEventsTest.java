package org.coalition.partners.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerEventsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyChangeIsPublishedWithTheRepresentationAfterIt() throws Exception {
        Map<String, Object> body = Partners.ngo("Events " + UUID.randomUUID());
        String id = Partners.createId(body);
        body.put("acronym", "EVT");
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).put("/v1/partners/" + id)
                .then().statusCode(200);
        given().delete("/v1/partners/" + id).then().statusCode(204);

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(PartnerService.TOPIC)) {
            List<ConsumerRecord<String, String>> mine = KafkaTopics.readUntil(consumer,
                            read -> read.stream().filter(r -> id.equals(r.key())).count() >= 3, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).hasSize(3);
            JsonNode registered = mapper.readTree(mine.get(0).value());
            JsonNode updated = mapper.readTree(mine.get(1).value());
            JsonNode archived = mapper.readTree(mine.get(2).value());
            assertThat(registered.get("type").asText()).isEqualTo("org.coalition.partner.registered");
            assertThat(registered.get("source").asText()).isEqualTo("/partners-service");
            assertThat(registered.get("subject").asText()).isEqualTo(id);
            assertThat(registered.get("data").get("version").asLong()).isZero();
            assertThat(updated.get("type").asText()).isEqualTo("org.coalition.partner.updated");
            assertThat(updated.get("data").get("acronym").asText()).isEqualTo("EVT");
            assertThat(updated.get("data").get("version").asLong()).isEqualTo(1);
            assertThat(archived.get("type").asText()).isEqualTo("org.coalition.partner.archived");
            assertThat(archived.get("data").get("status").asText()).isEqualTo("archived");
        }
    }
}
