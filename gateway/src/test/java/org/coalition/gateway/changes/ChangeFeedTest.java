package org.coalition.gateway.changes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.gateway.AccessFixtures;
import org.coalition.kit.testing.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The change feed built from events sent to the services' topics through Kafka. */
@QuarkusTest
class ChangeFeedTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String send(String channel, String type, String subject, String eventId) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/test");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", Map.of("id", subject, "version", 0));
        KafkaTopics.send(ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class),
                subject, JSON.writeValueAsString(event));
        return eventId;
    }

    /** Every event after the cursor, following next until a page comes back empty. */
    private static List<String> idsAfter(String cursor, String types) {
        List<String> ids = new ArrayList<>();
        String next = cursor;
        while (true) {
            var request = given().queryParam("limit", 2);
            if (next != null) {
                request.queryParam("after", next);
            }
            if (types != null) {
                request.queryParam("types", types);
            }
            JsonPath page = request.get("/v1/changes").then().statusCode(200).body("next", notNullValue())
                    .extract().jsonPath();
            List<String> pageIds = page.getList("items.id");
            if (pageIds.isEmpty()) {
                return ids;
            }
            ids.addAll(pageIds);
            next = page.getString("next");
        }
    }

    @Test
    void everyEventOnceInOrderResumableAndFilterable() throws Exception {
        String start = given().get("/v1/changes?limit=500").then().statusCode(200).extract().path("next");
        String subject = UUID.randomUUID().toString();
        String erased = send("changes-partners", "org.coalition.person.erased", subject, UUID.randomUUID().toString());
        String updated = send("changes-partners", "org.coalition.partner.updated", subject, UUID.randomUUID().toString());
        String held = send("changes-meetings", "org.coalition.meeting.held", UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String created = send("changes-projects", "org.coalition.project.created", UUID.randomUUID().toString(), UUID.randomUUID().toString());
        send("changes-partners", "org.coalition.partner.updated", subject, updated);

        await().atMost(Duration.ofSeconds(30)).until(() -> idsAfter(start, null).size() >= 4);
        List<String> all = idsAfter(start, null);
        assertThat(all).containsExactlyInAnyOrder(erased, updated, held, created);
        assertThat(all.indexOf(erased)).isLessThan(all.indexOf(updated));

        assertThat(idsAfter(start, "org.coalition.partner.*,org.coalition.project.created"))
                .containsExactlyInAnyOrder(updated, created);
        assertThat(idsAfter(start, "org.coalition.person.erased")).containsExactly(erased);

        String afterAll = given().queryParam("after", start).queryParam("limit", 500).get("/v1/changes").then()
                .statusCode(200).body("items", hasSize(4)).extract().path("next");
        given().queryParam("after", afterAll).get("/v1/changes").then().statusCode(200)
                .body("items", hasSize(0)).body("next", equalTo(afterAll));
        given().queryParam("after", start).queryParam("limit", 1).get("/v1/changes").then().statusCode(200)
                .body("items[0].specversion", equalTo("1.0"))
                .body("items[0].data.id", notNullValue());
    }

    @Test
    void aClientSeesOnlyTheFamiliesItsReadScopesCover() throws Exception {
        String start = given().get("/v1/changes?limit=500").then().statusCode(200).extract().path("next");
        String subject = UUID.randomUUID().toString();
        String person = send("changes-partners", "org.coalition.person.updated", subject, UUID.randomUUID().toString());
        String partner = send("changes-partners", "org.coalition.partner.updated", subject, UUID.randomUUID().toString());
        String meeting = send("changes-meetings", "org.coalition.meeting.held", subject, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> idsAfter(start, null).size() >= 3);

        String key = AccessFixtures.key(AccessFixtures.client("partners:read"));
        AdminRequests.uninstall();
        try {
            List<String> seen = given().header("X-API-Key", key).queryParam("after", start).queryParam("limit", 500)
                    .get("/v1/changes").then().statusCode(200).extract().jsonPath().getList("items.id");
            assertThat(seen).contains(partner).doesNotContain(person, meeting);
            given().get("/v1/changes").then().statusCode(401);
        } finally {
            AdminRequests.install();
        }
    }

    @Test
    void badParametersAreProblems() {
        given().get("/v1/changes?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/v1/changes?types=partner.updated").then().statusCode(400).body("errors[0].field", equalTo("types"));
        given().get("/v1/changes?after=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
