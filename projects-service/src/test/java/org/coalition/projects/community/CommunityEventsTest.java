package org.coalition.projects.community;

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
import org.coalition.projects.Fixtures;
import org.coalition.projects.events.ProjectsEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunityEventsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyChangeIsPublishedInOrderWithTheRepresentationAfterIt() throws Exception {
        Map<String, Object> body = Communities.cohort("Events " + UUID.randomUUID());
        String id = Communities.createId(body);
        body.put("status", "active");
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).put("/v1/communities/" + id)
                .then().statusCode(200);
        UUID person = Fixtures.person("Evented");
        Communities.addMember(id, person, "member");
        String member = "/v1/communities/" + id + "/members/" + person;
        given().contentType("application/merge-patch+json").body("{\"role\": \"mentor\"}").patch(member)
                .then().statusCode(200);
        given().delete(member).then().statusCode(204);
        given().delete("/v1/communities/" + id).then().statusCode(204);

        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(ProjectsEvents.TOPIC)) {
            for (ConsumerRecord<String, String> record : KafkaTopics.readUntil(consumer,
                    read -> read.stream().filter(r -> id.equals(r.key())).count() >= 6, Duration.ofSeconds(30))) {
                if (id.equals(record.key())) {
                    events.add(mapper.readTree(record.value()));
                }
            }
        }
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "org.coalition.community.created", "org.coalition.community.updated",
                "org.coalition.community.member.added", "org.coalition.community.member.updated",
                "org.coalition.community.member.removed", "org.coalition.community.closed");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("/projects-service");
            assertThat(e.get("subject").asText()).isEqualTo(id);
        });
        assertThat(events.get(0).get("data").get("version").asLong()).isZero();
        assertThat(events.get(1).get("data").get("status").asText()).isEqualTo("active");
        assertThat(events.get(1).get("data").get("version").asLong()).isEqualTo(1);
        assertThat(events.get(3).get("data").get("personId").asText()).isEqualTo(person.toString());
        assertThat(events.get(3).get("data").get("role").asText()).isEqualTo("mentor");
        assertThat(events.get(5).get("data").get("status").asText()).isEqualTo("closed");
    }
}
