package org.coalition.partners.engagement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.testing.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Engagement built from real meetings-service and projects-service events sent through Kafka. */
@QuarkusTest
class EngagementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String organisation(String name) {
        return given().contentType("application/json").body(Map.of("name", name, "type", "national-ngo", "country", "KH",
                        "level", "national")).post("/v1/partners").then().statusCode(201).extract().path("id");
    }

    private static String person(String name) {
        return given().contentType("application/json").body(Map.of("name", name, "email",
                        UUID.randomUUID() + "@example.org")).post("/v1/people").then().statusCode(201).extract().path("id");
    }

    /** Sends one event to the topic a channel reads, keyed like its producer keys it; returns the event. */
    private static String send(String channel, String type, String key, Map<String, Object> data) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/test");
        event.put("type", type);
        event.put("subject", key);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        String json = JSON.writeValueAsString(event);
        resend(channel, key, json);
        return json;
    }

    private static void resend(String channel, String key, String json) throws Exception {
        KafkaTopics.send(ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class),
                key, json);
    }

    private static Map<String, Object> meeting(String id, String kind, String startsAt, String status, long version) {
        return Map.of("id", id, "kind", kind, "startsAt", startsAt, "status", status, "version", version);
    }

    private static Map<String, Object> participant(String meetingId, String personId, String partnerId, String role,
            String status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", UUID.randomUUID().toString());
        data.put("meetingId", meetingId);
        data.put("personId", personId);
        data.put("partnerId", partnerId);
        data.put("role", role);
        data.put("status", status);
        data.put("version", 0);
        return data;
    }

    private static Map<String, Object> actionItem(String ownerPersonId, String ownerPartnerId, String status, String dueOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", UUID.randomUUID().toString());
        data.put("ownerPersonId", ownerPersonId);
        data.put("ownerPartnerId", ownerPartnerId);
        data.put("status", status);
        data.put("dueOn", dueOn);
        data.put("updatedAt", "2025-04-01T10:00:00Z");
        data.put("version", 0);
        return data;
    }

    @Test
    void engagementAndCollaboratorsFollowMeetingAndProjectEvents() throws Exception {
        String ngo = organisation("Engaged NGO " + UUID.randomUUID());
        String ministry = organisation("Engaged ministry " + UUID.randomUUID());
        String funder = organisation("Engaged funder " + UUID.randomUUID());
        String sokha = person("Sokha " + UUID.randomUUID());
        String paris = UUID.randomUUID().toString();
        String phnomPenh = UUID.randomUUID().toString();
        String lima = UUID.randomUUID().toString();

        send("meetings-in", "org.coalition.meeting.scheduled", paris, meeting(paris, "annual-meeting", "2025-03-25T08:00:00Z", "planned", 0));
        send("meetings-in", "org.coalition.meeting.held", paris, meeting(paris, "annual-meeting", "2025-03-25T08:00:00Z", "held", 1));
        send("meetings-in", "org.coalition.meeting.held", phnomPenh, meeting(phnomPenh, "working-group", "2024-05-21T02:00:00Z", "held", 1));
        send("meetings-in", "org.coalition.meeting.scheduled", lima, meeting(lima, "cop-session", "2099-06-01T14:00:00Z", "confirmed", 0));
        send("meetings-in", "org.coalition.meeting.participant.added", paris, participant(paris, sokha, ngo, "speaker", "attended"));
        send("meetings-in", "org.coalition.meeting.participant.added", paris, participant(paris, null, ministry, "participant", "attended"));
        send("meetings-in", "org.coalition.meeting.participant.added", phnomPenh, participant(phnomPenh, null, ngo, "participant", "attended"));
        send("meetings-in", "org.coalition.meeting.participant.added", phnomPenh, participant(phnomPenh, null, ministry, "organiser", "attended"));
        String repeated = send("meetings-in", "org.coalition.meeting.participant.added", lima,
                participant(lima, sokha, ngo, "participant", "registered"));
        Map<String, Object> overdue = actionItem(sokha, null, "open", "2025-01-31");
        send("meetings-in", "org.coalition.action-item.created", (String) overdue.get("id"), overdue);
        Map<String, Object> done = actionItem(null, ngo, "done", "2025-05-01");
        send("meetings-in", "org.coalition.action-item.completed", (String) done.get("id"), done);

        String project = UUID.randomUUID().toString();
        Map<String, Object> projectData = new LinkedHashMap<>();
        projectData.put("id", project);
        projectData.put("title", "Out-of-school children");
        projectData.put("status", "active");
        projectData.put("leadMemberPersonIds", List.of(sokha));
        projectData.put("participatingPartners", List.of(Map.of("partnerId", ngo, "role", "implementing"),
                Map.of("partnerId", funder, "role", "funding")));
        projectData.put("updatedAt", "2025-06-01T10:00:00Z");
        projectData.put("version", 0);
        send("projects-in", "org.coalition.project.created", project, projectData);

        // A redelivered event and an older version change nothing.
        resend("meetings-in", lima, repeated);
        send("meetings-in", "org.coalition.meeting.scheduled", paris, meeting(paris, "webinar", "2020-01-01T00:00:00Z", "planned", 0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/v1/partners/" + ngo + "/engagement")
                .then().statusCode(200)
                .body("meetings.attended", equalTo(2))
                .body("meetings.upcoming", equalTo(1))
                .body("projects.total", equalTo(1))
                .body("actionItems.done", equalTo(1)));
        given().get("/v1/partners/" + ngo + "/engagement").then().statusCode(200)
                .body("id", equalTo(ngo))
                .body("meetings.byKind", equalTo(Map.of("annual-meeting", 1, "working-group", 1)))
                .body("meetings.byYear", equalTo(Map.of("2024", 1, "2025", 1)))
                .body("meetings.speakingRoles", equalTo(1))
                .body("meetings.byRole", equalTo(Map.of("speaker", 1, "participant", 2)))
                .body("projects.byRole", equalTo(Map.of("implementing", 1)))
                .body("actionItems.open", equalTo(0))
                .body("lastActivityOn", equalTo("2025-06-01"));

        given().get("/v1/people/" + sokha + "/engagement").then().statusCode(200)
                .body("meetings.attended", equalTo(1))
                .body("meetings.speakingRoles", equalTo(1))
                .body("meetings.upcoming", equalTo(1))
                .body("projects.byRole", equalTo(Map.of("lead", 1)))
                .body("actionItems.open", equalTo(1))
                .body("actionItems.overdue", equalTo(1));

        given().get("/v1/partners/" + ngo + "/collaborators").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].partnerId", equalTo(ministry))
                .body("items[0].meetings", equalTo(2))
                .body("items[0].projects", equalTo(0))
                .body("items[1].partnerId", equalTo(funder))
                .body("items[1].projects", equalTo(1))
                .body("items[1].total", equalTo(1));
    }

    @Test
    void unknownSubjectsAndBadLimitsAreProblems() {
        given().get("/v1/partners/" + UUID.randomUUID() + "/engagement").then().statusCode(404);
        given().get("/v1/people/" + UUID.randomUUID() + "/engagement").then().statusCode(404);
        given().get("/v1/partners/" + UUID.randomUUID() + "/collaborators").then().statusCode(404);
        String ngo = organisation("Limits " + UUID.randomUUID());
        given().get("/v1/partners/" + ngo + "/collaborators?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().get("/v1/partners/" + ngo + "/collaborators").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anErasedPersonsEngagementIsGone() {
        String id = person("Erase me " + UUID.randomUUID());
        given().delete("/v1/people/" + id).then().statusCode(204);
        given().get("/v1/people/" + id + "/engagement").then().statusCode(410);
    }
}
