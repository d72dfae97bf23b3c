package org.coalition.meetings.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.Fixtures;
import org.coalition.meetings.meeting.Meetings;
import org.junit.jupiter.api.Test;

/** Statistics over a small data set whose every count is known, in a group of its own. */
@QuarkusTest
class StatisticsTest {

    private static String meetingOf(UUID group, String title, int daysFromNow) {
        Map<String, Object> body = Meetings.body(title, daysFromNow);
        body.put("groupId", group.toString());
        return Meetings.create(body);
    }

    private static void participant(String meeting, UUID person, UUID partner, String role, String status) {
        Map<String, Object> body = new HashMap<>();
        if (person != null) {
            body.put("personId", person.toString());
        }
        if (partner != null) {
            body.put("partnerId", partner.toString());
        }
        body.put("role", role);
        body.put("status", status);
        given().contentType("application/json").body(body).post("/v1/meetings/" + meeting + "/participants")
                .then().statusCode(201);
    }

    /** The buckets of a dimension as value → count, in the order served. */
    private static Map<String, Integer> buckets(JsonPath json, String path) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> buckets = json.getList(path);
        buckets.forEach(b -> counts.put((String) b.get("value"), (Integer) b.get("count")));
        return counts;
    }

    @Test
    void countsWhoIsInTheRoomAndWhoSpeaks() throws Exception {
        UUID group = Fixtures.group("Representation " + Fixtures.shortId());
        UUID ministry = Fixtures.organisation("Ministry", "government", "KH", "KH-12");
        UUID ngo = Fixtures.organisation("NGO", "national-ngo", "KH", "KH-3");
        UUID agency = Fixtures.organisation("Agency", "multilateral", "FR", null);
        UUID p1 = Fixtures.person("P1", "KH", "woman");
        UUID p2 = Fixtures.person("P2", "KH", "man");
        UUID p3 = Fixtures.person("P3", "TH", null);
        UUID p4 = Fixtures.person("P4", "KH", "woman");
        UUID p5 = Fixtures.person("P5", "KH", "non-binary");
        UUID p6 = Fixtures.person("P6", "KH", "woman");
        UUID p7 = Fixtures.person("P7", "KH", "man");

        String held = meetingOf(group, "Held", -1);
        participant(held, p1, ministry, "speaker", "attended");
        participant(held, p2, ngo, "participant", "attended");
        participant(held, p3, ngo, "participant", "no-show");
        participant(held, p4, null, "observer", "attended");
        participant(held, null, agency, "participant", "attended");
        Instant start = Instant.parse(given().get("/v1/meetings/" + held).then().extract().path("startsAt"));
        given().contentType("application/json").body(Map.of("title", "Provincial reports", "format", "panel",
                        "startsAt", start.toString(), "endsAt", start.plus(1, ChronoUnit.HOURS).toString(),
                        "speakers", List.of(Map.of("personId", p2.toString()), Map.of("personId", p3.toString()))))
                .post("/v1/meetings/" + held + "/agenda-items").then().statusCode(201);
        Meetings.hold(held);

        String planned = meetingOf(group, "Planned", 20);
        participant(planned, p5, ministry, "organiser", "registered");
        participant(planned, p6, null, "participant", "invited");

        String cancelled = meetingOf(group, "Cancelled", 25);
        participant(cancelled, p7, null, "participant", "registered");
        given().contentType("application/json").body(Map.of("reason", "Budget")).post("/v1/meetings/" + cancelled + "/cancel")
                .then().statusCode(200);

        JsonPath all = given().get("/v1/meetings/statistics/representation?groupId=" + group).then()
                .statusCode(200).extract().jsonPath();
        assertThat(all.getInt("meetings")).isEqualTo(2);
        assertThat(all.getInt("participants.total")).isEqualTo(5);
        assertThat(buckets(all, "participants.byGender"))
                .containsExactly(Map.entry("woman", 2), Map.entry("man", 1), Map.entry("non-binary", 1), Map.entry("unknown", 1));
        assertThat(buckets(all, "participants.byOrganisationType")).containsExactly(Map.entry("government", 2),
                Map.entry("multilateral", 1), Map.entry("national-ngo", 1), Map.entry("unknown", 1));
        assertThat(buckets(all, "participants.byCountry")).containsExactly(Map.entry("KH", 4), Map.entry("FR", 1));
        assertThat(buckets(all, "participants.bySubdivision"))
                .containsExactly(Map.entry("KH-12", 2), Map.entry("unknown", 2), Map.entry("KH-3", 1));
        assertThat(buckets(all, "participants.byRole")).containsExactly(Map.entry("participant", 2),
                Map.entry("observer", 1), Map.entry("organiser", 1), Map.entry("speaker", 1));
        assertThat(all.getDouble("participants.byGender[0].share")).isEqualTo(0.4);
        assertThat(all.getInt("speakers.total")).isEqualTo(2);
        assertThat(buckets(all, "speakers.byGender")).containsExactly(Map.entry("man", 1), Map.entry("woman", 1));
        assertThat(buckets(all, "speakers.byRole")).containsExactly(Map.entry("participant", 1), Map.entry("speaker", 1));

        given().get("/v1/meetings/statistics/representation?meetingId=" + held).then().statusCode(200)
                .body("meetings", equalTo(1)).body("participants.total", equalTo(4));
        given().get("/v1/meetings/statistics/representation?groupId=" + group + "&from="
                        + Instant.now().plus(10, ChronoUnit.DAYS)).then().statusCode(200)
                .body("meetings", equalTo(1)).body("participants.total", equalTo(1));

        Fixtures.erase(p1);
        JsonPath afterErasure = given().get("/v1/meetings/statistics/representation?meetingId=" + held).then()
                .statusCode(200).extract().jsonPath();
        assertThat(buckets(afterErasure, "participants.byGender")).containsEntry("woman", 1).containsEntry("unknown", 2);

        given().get("/v1/meetings/statistics/representation?meetingId=" + UUID.randomUUID()).then().statusCode(404);
        given().get("/v1/meetings/statistics/representation?from=yesterday&groupId=x").then().statusCode(400);
    }

    @Test
    void countsActionItemFollowThrough() throws Exception {
        UUID group = Fixtures.group("Follow-through " + Fixtures.shortId());
        UUID owner = Fixtures.person("Owner");
        String meeting = meetingOf(group, "Where it was agreed", -1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        item(meeting, owner, today.minusDays(1), "done", Instant.now().minus(3, ChronoUnit.DAYS));
        item(meeting, owner, today.minusDays(5), "done", null);
        item(meeting, owner, today.minusDays(2), "open", null);
        item(meeting, owner, today.plusDays(7), "in-progress", null);
        item(meeting, owner, today.plusDays(7), "dropped", null);

        given().get("/v1/action-items/statistics?groupId=" + group).then().statusCode(200)
                .body("total", equalTo(5))
                .body("open", equalTo(2))
                .body("done", equalTo(2))
                .body("doneOnTime", equalTo(1))
                .body("doneLate", equalTo(1))
                .body("overdue", equalTo(1))
                .body("dropped", equalTo(1))
                .body("onTimeShare", equalTo(0.5f));
        given().get("/v1/action-items/statistics?groupId=" + group + "&from=" + Instant.now()).then().statusCode(200)
                .body("total", equalTo(0)).body("onTimeShare", equalTo(null));
        given().get("/v1/action-items/statistics?from=2025-01-01T00:00:00Z&to=2024-01-01T00:00:00Z").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private static void item(String meeting, UUID owner, LocalDate dueOn, String status, Instant completedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("meetingId", meeting);
        body.put("title", "Item due " + dueOn);
        body.put("ownerPersonId", owner.toString());
        body.put("dueOn", dueOn.toString());
        body.put("status", status);
        if (completedAt != null) {
            body.put("completedAt", completedAt.toString());
        }
        given().contentType("application/json").body(body).post("/v1/action-items").then().statusCode(201);
    }
}
