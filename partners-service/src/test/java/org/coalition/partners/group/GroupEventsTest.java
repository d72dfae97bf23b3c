package org.coalition.partners.group;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupEventsTest {

    @Inject
    ObjectMapper mapper;

    private static String post(String path, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void groupMembershipAndPartnershipChangesArePublished() throws Exception {
        String token = UUID.randomUUID().toString();
        String a = post("/v1/partners", Map.of("name", "A " + token, "type", "foundation", "level", "global"));
        String b = post("/v1/partners", Map.of("name", "B " + token, "type", "foundation", "level", "global"));
        String group = post("/v1/groups", Map.of("name", "Events " + token, "kind", "coalition", "level", "global"));
        String membership = post("/v1/groups/" + group + "/members", Map.of("partnerId", a, "role", "chair"));
        given().delete("/v1/groups/" + group + "/members/" + membership).then().statusCode(204);
        given().delete("/v1/groups/" + group).then().statusCode(204);
        String partnership = post("/v1/partnerships", Map.of("title", "Events " + token, "kind", "funding",
                "status", "planned", "participants", List.of(Map.of("partnerId", a), Map.of("partnerId", b))));

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(GroupService.TOPIC)) {
            List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(consumer,
                    read -> read.stream().anyMatch(r -> partnership.equals(r.key()))
                            && read.stream().filter(r -> group.equals(r.key())).count() >= 4,
                    Duration.ofSeconds(30));
            List<String> groupTypes = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                if (group.equals(record.key())) {
                    groupTypes.add(mapper.readTree(record.value()).get("type").asText());
                }
            }
            assertThat(groupTypes).containsExactly("org.coalition.group.registered",
                    "org.coalition.group.membership.added", "org.coalition.group.membership.removed",
                    "org.coalition.group.archived");
            JsonNode registered = mapper.readTree(records.stream().filter(r -> partnership.equals(r.key()))
                    .findFirst().orElseThrow().value());
            assertThat(registered.get("type").asText()).isEqualTo("org.coalition.partnership.registered");
            assertThat(registered.get("data").get("participants")).hasSize(2);
        }
    }
}
