package org.coalition.projects.project;

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
import org.coalition.projects.events.ProjectsEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectEventsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyChangeIsPublishedInOrderWithTheRepresentationAfterIt() throws Exception {
        Projects in = Projects.inNewCommunity();
        String id = Projects.createId(in.project("Events " + UUID.randomUUID()));
        given().contentType("application/merge-patch+json").body(Map.of("summary", "Sharper")).patch("/v1/projects/" + id)
                .then().statusCode(200);
        Projects.changeStatus(id, "active", 200);
        String milestone = given().contentType("application/json").body(Map.of("title", "Brief", "dueOn", "2025-09-30"))
                .post("/v1/projects/" + id + "/milestones").then().statusCode(201).extract().header("Location");
        given().contentType("application/merge-patch+json").body(Map.of("status", "done", "completedOn", "2025-09-01"))
                .patch(milestone).then().statusCode(200);
        given().delete(milestone).then().statusCode(204);

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
                "org.coalition.project.created", "org.coalition.project.updated",
                "org.coalition.project.status-changed", "org.coalition.project.milestone.added",
                "org.coalition.project.milestone.updated", "org.coalition.project.milestone.removed");
        assertThat(events).allSatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo(id));
        assertThat(events.get(0).get("data").get("iatiActivityStatus").asInt()).isEqualTo(1);
        assertThat(events.get(2).get("data").get("status").asText()).isEqualTo("active");
        assertThat(events.get(2).get("data").get("version").asLong()).isEqualTo(2);
        assertThat(events.get(4).get("data").get("completedOn").asText()).isEqualTo("2025-09-01");
    }
}
