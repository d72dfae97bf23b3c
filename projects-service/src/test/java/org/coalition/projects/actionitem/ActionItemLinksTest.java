package org.coalition.projects.actionitem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.testing.KafkaTopics;
import org.coalition.projects.Fixtures;
import org.coalition.projects.project.Projects;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Action items as meetings-service publishes them, sent to the topic this service reads. */
@QuarkusTest
class ActionItemLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> item(UUID id, String projectId, String title, String status, String dueOn,
            UUID owner, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("meetingId", UUID.randomUUID().toString());
        data.put("title", title);
        data.put("description", "Agreed at the provincial working group");
        data.put("ownerPersonId", owner == null ? null : owner.toString());
        data.put("ownerPartnerId", null);
        data.put("dueOn", dueOn);
        data.put("status", status);
        data.put("projectId", projectId);
        data.put("completedAt", "done".equals(status) ? Instant.now().toString() : null);
        data.put("version", version);
        return data;
    }

    private static void send(String type, Map<String, Object> data) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/meetings-service");
        event.put("type", type);
        event.put("subject", data.get("id"));
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        KafkaTopics.send(ConfigProvider.getConfig().getValue("mp.messaging.incoming.meetings-in.topic", String.class),
                (String) data.get("id"), JSON.writeValueAsString(event));
    }

    private static JsonPath items(String projectId) {
        return given().get("/v1/projects/" + projectId + "/action-items").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void actionItemsNamingAProjectAreListedUnderItAndFollowTheirChanges() throws Exception {
        Projects in = Projects.inNewCommunity();
        String projectId = Projects.createId(in.project("Action items " + UUID.randomUUID()));
        String otherProject = Projects.createId(in.project("Other " + UUID.randomUUID()));
        UUID owner = Fixtures.person("Owner " + UUID.randomUUID());
        UUID overdue = UUID.randomUUID();
        UUID moved = UUID.randomUUID();

        send("org.coalition.action-item.created", item(overdue, projectId, "Share the draft brief", "open", "2025-01-15", owner, 0));
        send("org.coalition.action-item.created", item(moved, projectId, "Invite the district officers", "open",
                LocalDate.now().plusDays(30).toString(), null, 0));
        send("org.coalition.meeting.scheduled", Map.of("id", UUID.randomUUID().toString(), "title", "Not an action item"));
        await().atMost(Duration.ofSeconds(30)).until(() -> items(projectId).getList("items").size() == 2);

        JsonPath listed = items(projectId);
        assertOverdue(listed, overdue.toString(), true);
        assertOverdue(listed, moved.toString(), false);
        assertThat(listed.getString("items.find { it.id == '" + overdue + "' }.ownerPersonId")).isEqualTo(owner.toString());
        assertThat(listed.getString("items.find { it.id == '" + overdue + "' }.ownerPersonName")).startsWith("Owner ");

        send("org.coalition.action-item.completed", item(overdue, projectId, "Share the draft brief", "done", "2025-01-15", owner, 2));
        send("org.coalition.action-item.updated", item(overdue, projectId, "Stale version", "open", "2025-01-15", owner, 1));
        send("org.coalition.action-item.updated", item(moved, otherProject, "Invite the district officers", "open",
                LocalDate.now().plusDays(30).toString(), null, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> items(otherProject).getList("items").size() == 1
                && "done".equals(items(projectId).getString("items.find { it.id == '" + overdue + "' }.status")));

        given().get("/v1/projects/" + projectId + "/action-items").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("done"))
                .body("items[0].title", equalTo("Share the draft brief"))
                .body("items[0].overdue", equalTo(false));
        given().get("/v1/projects/" + projectId + "/action-items?status=done").then().body("items", hasSize(1));
        given().get("/v1/projects/" + projectId + "/action-items?status=open").then().body("items", hasSize(0));
    }

    @Test
    void badFiltersAndUnknownProjectsAreProblems() {
        given().get("/v1/projects/" + UUID.randomUUID() + "/action-items").then().statusCode(404);
        given().get("/v1/projects/" + UUID.randomUUID() + "/action-items?status=late").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    private static void assertOverdue(JsonPath listed, String id, boolean overdue) {
        assertThat(listed.getBoolean("items.find { it.id == '" + id + "' }.overdue"))
                .isEqualTo(overdue);
    }
}
