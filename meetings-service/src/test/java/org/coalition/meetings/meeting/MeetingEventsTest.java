package org.coalition.meetings.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.coalition.kit.testing.KafkaTopics;
import org.coalition.meetings.Fixtures;
import org.coalition.meetings.events.MeetingsEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingEventsTest {

    @Inject
    ObjectMapper mapper;

    private List<JsonNode> eventsKeyed(String key, int atLeast) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(MeetingsEvents.TOPIC)) {
            for (ConsumerRecord<String, String> record : KafkaTopics.readUntil(consumer,
                    read -> read.stream().filter(r -> key.equals(r.key())).count() >= atLeast, Duration.ofSeconds(30))) {
                if (key.equals(record.key())) {
                    events.add(mapper.readTree(record.value()));
                }
            }
        }
        return events;
    }

    @Test
    void aMeetingsChangesArePublishedInOrderUnderItsId() throws Exception {
        UUID person = Fixtures.person("Event participant");
        String id = Meetings.past("Events " + UUID.randomUUID());
        given().contentType("application/merge-patch+json").body(Map.of("description", "Agenda attached"))
                .patch("/v1/meetings/" + id).then().statusCode(200);
        String participant = given().contentType("application/json")
                .body(Map.of("personId", person.toString(), "status", "registered"))
                .post("/v1/meetings/" + id + "/participants").then().statusCode(201).extract().header("Location");
        given().contentType("application/merge-patch+json").body(Map.of("status", "attended")).patch(participant)
                .then().statusCode(200);
        Meetings.hold(id);
        given().contentType("application/json").body(Map.of("kind", "takeaway", "text", "Data helps"))
                .post("/v1/meetings/" + id + "/outcomes").then().statusCode(201);

        List<JsonNode> events = eventsKeyed(id, 6);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "org.coalition.meeting.scheduled", "org.coalition.meeting.updated",
                "org.coalition.meeting.participant.added", "org.coalition.meeting.participant.updated",
                "org.coalition.meeting.held", "org.coalition.meeting.outcome.recorded");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.get("source").asText()).isEqualTo("/meetings-service");
        });
        assertThat(events.get(3).get("data").get("personName").asText()).isEqualTo("Event participant");
        assertThat(events.get(4).get("data").get("status").asText()).isEqualTo("held");
        assertThat(events.get(4).get("data").get("version").asLong()).isEqualTo(2);
    }

    @Test
    void actionItemEventsCarryThePublicViewUnderTheItemsId() throws Exception {
        UUID owner = Fixtures.person("Action owner");
        String meeting = Meetings.past("Action items events");
        UUID project = UUID.randomUUID();
        String id = given().contentType("application/json")
                .body(Map.of("meetingId", meeting, "title", "Draft the brief", "ownerPersonId", owner.toString(),
                        "dueOn", LocalDate.now().plusDays(5).toString(), "projectId", project.toString()))
                .post("/v1/action-items").then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body(Map.of("status", "in-progress"))
                .patch("/v1/action-items/" + id).then().statusCode(200);
        given().contentType("application/merge-patch+json").body(Map.of("status", "done"))
                .patch("/v1/action-items/" + id).then().statusCode(200);

        List<JsonNode> events = eventsKeyed(id, 3);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "org.coalition.action-item.created", "org.coalition.action-item.updated",
                "org.coalition.action-item.completed");
        JsonNode data = events.get(2).get("data");
        List<String> fields = new ArrayList<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "meetingId", "title", "description", "ownerPersonId",
                "ownerPartnerId", "dueOn", "status", "projectId", "completedAt", "createdAt", "updatedAt", "version");
        assertThat(data.get("status").asText()).isEqualTo("done");
        assertThat(data.get("projectId").asText()).isEqualTo(project.toString());
        assertThat(data.get("completedAt").isNull()).isFalse();
        assertThat(data.get("version").asLong()).isEqualTo(2);
    }
}
