package org.coalition.meetings.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest {

    @Test
    void schedulesAMeetingAndReadsItBack() throws Exception {
        UUID group = Fixtures.group("Global Education Coalition " + Fixtures.shortId());
        UUID host = Fixtures.organisation("UNESCO " + Fixtures.shortId(), "multilateral", "FR", null);
        Map<String, Object> body = Meetings.body("4th Global Education Coalition annual meeting",
                Instant.parse("2025-03-25T08:00:00Z"), Instant.parse("2025-03-25T16:30:00Z"));
        body.put("kind", "annual-meeting");
        body.put("titles", Map.of("fr", "4e réunion annuelle de la Coalition mondiale pour l'éducation"));
        body.put("series", "Global Education Coalition annual meeting");
        body.put("seriesNumber", 4);
        body.put("groupId", group.toString());
        body.put("hostPartnerIds", List.of(host.toString()));
        body.put("timeZone", "Europe/Paris");
        body.put("location", Map.of("venue", "UNESCO Headquarters", "city", "Paris", "country", "FR", "subdivision", "FR-IDF"));
        body.put("online", Map.of("url", "https://meet.example.org/gec-4"));
        body.put("status", "confirmed");

        Response created = given().contentType("application/json").body(body).post("/v1/meetings");
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"0\"")
                .body("seriesOrdinal", equalTo("4th"))
                .body("localStartsAt", equalTo("2025-03-25T09:00:00"))
                .body("localEndsAt", equalTo("2025-03-25T17:30:00"))
                .body("status", equalTo("confirmed"))
                .body("location.subdivision", equalTo("FR-IDF"))
                .body("online.url", equalTo("https://meet.example.org/gec-4"))
                .body("hostPartnerIds", hasItem(host.toString()));
        given().get(created.header("Location")).then().statusCode(200)
                .body("title", equalTo("4th Global Education Coalition annual meeting"))
                .body("titles.fr", startsWith("4e réunion"))
                .body("groupId", equalTo(group.toString()))
                .body("startsAt", equalTo("2025-03-25T08:00:00Z"))
                .body("cancellationReason", nullValue());
    }

    @Test
    void refusesInvalidMeetingsNamingEveryField() {
        Map<String, Object> body = Meetings.body("Broken", 3);
        body.put("endsAt", body.get("startsAt"));
        body.put("timeZone", "Mars/Olympus_Mons");
        body.put("location", Map.of("city", "Phnom Penh", "country", "XX", "subdivision", "TH-10"));
        body.put("languages", List.of("not a language"));
        body.put("seriesNumber", 2);
        given().contentType("application/json").body(body).post("/v1/meetings").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("endsAt", "timeZone", "location.country", "location.subdivision",
                        "languages[0]", "seriesNumber"));

        Map<String, Object> nowhere = Meetings.body("Nowhere", 3);
        nowhere.remove("location");
        given().contentType("application/json").body(nowhere).post("/v1/meetings").then()
                .statusCode(400).body("errors.field", hasItem("location"));

        Map<String, Object> badKind = Meetings.body("Bad kind", 3);
        badKind.put("kind", "party");
        given().contentType("application/json").body(badKind).post("/v1/meetings").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));

        Map<String, Object> noStart = Meetings.body("No start", 3);
        noStart.remove("startsAt");
        given().contentType("application/json").body(noStart).post("/v1/meetings").then().statusCode(400);

        given().contentType("application/json").body("{\"title\": ").post("/v1/meetings").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        given().get("/v1/meetings/not-a-uuid").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get("/v1/meetings/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void referencesAreCheckedAgainstTheReplica() throws Exception {
        Map<String, Object> unknown = Meetings.body("Unknown references", 3);
        unknown.put("groupId", UUID.randomUUID().toString());
        unknown.put("hostPartnerIds", List.of(UUID.randomUUID().toString()));
        given().contentType("application/json").body(unknown).post("/v1/meetings").then()
                .statusCode(422)
                .body("errors.field", hasItems("groupId", "hostPartnerIds[0]"));

        Map<String, Object> archivedGroup = Meetings.body("Archived group", 3);
        archivedGroup.put("groupId", Fixtures.archivedGroup().toString());
        given().contentType("application/json").body(archivedGroup).post("/v1/meetings").then()
                .statusCode(409).body("errors[0].field", equalTo("groupId"));

        UUID survivor = Fixtures.organisation("Survivor " + Fixtures.shortId());
        Map<String, Object> unusableHosts = Meetings.body("Unusable hosts", 3);
        unusableHosts.put("hostPartnerIds", List.of(survivor.toString(), Fixtures.archivedOrganisation().toString(),
                Fixtures.mergedOrganisation(survivor).toString()));
        given().contentType("application/json").body(unusableHosts).post("/v1/meetings").then()
                .statusCode(409)
                .body("errors.field", equalTo(List.of("hostPartnerIds[1]", "hostPartnerIds[2]")))
                .body("errors[1].message", containsString("was merged into " + survivor));
    }

    @Test
    void replacesAndPatchesWithOptimisticConcurrency() {
        String id = Meetings.future("Quarterly P-ESWG meeting");
        String location = "/v1/meetings/" + id;
        Map<String, Object> body = Meetings.body("Quarterly P-ESWG meeting, Q3", 30);
        given().contentType("application/json").header("If-Match", "\"7\"").body(body).put(location).then()
                .statusCode(412).contentType(startsWith("application/problem+json"));
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).put(location).then()
                .statusCode(200).header("ETag", "\"1\"").body("title", equalTo("Quarterly P-ESWG meeting, Q3"));

        given().contentType("application/merge-patch+json").body(Map.of("status", "confirmed", "description", "Bring the AOP"))
                .patch(location).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("confirmed"))
                .body("description", equalTo("Bring the AOP"))
                .body("title", equalTo("Quarterly P-ESWG meeting, Q3"));
        given().contentType("application/merge-patch+json").body("{\"online\": {\"url\": \"ftp://x\"}}")
                .patch(location).then().statusCode(400).body("errors[0].field", equalTo("online.url"));
        given().contentType("application/merge-patch+json").body(Map.of("status", "held")).patch(location).then()
                .statusCode(409).body("errors[0].field", equalTo("status"));
        given().contentType("application/merge-patch+json").body(Map.of("status", "cancelled")).patch(location).then()
                .statusCode(409);
    }

    @Test
    void holdsOnlyStartedMeetingsAndCancelsOnlyOpenOnes() {
        String future = Meetings.future("Not yet");
        given().post("/v1/meetings/" + future + "/hold").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Map.of()).post("/v1/meetings/" + future + "/cancel").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType("application/json").body(Map.of("reason", "National examinations"))
                .post("/v1/meetings/" + future + "/cancel").then()
                .statusCode(200).body("status", equalTo("cancelled"))
                .body("cancellationReason", equalTo("National examinations"));
        given().contentType("application/json").body(Map.of("reason", "Again"))
                .post("/v1/meetings/" + future + "/cancel").then().statusCode(409);
        given().post("/v1/meetings/" + future + "/hold").then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("status", "planned"))
                .patch("/v1/meetings/" + future).then().statusCode(409);

        String past = Meetings.past("Took place");
        given().header("If-Match", "\"5\"").post("/v1/meetings/" + past + "/hold").then().statusCode(412);
        given().post("/v1/meetings/" + past + "/hold").then().statusCode(200)
                .body("status", equalTo("held")).header("ETag", "\"1\"");
        given().post("/v1/meetings/" + past + "/hold").then().statusCode(409);
        given().contentType("application/json").body(Map.of("reason", "Too late"))
                .post("/v1/meetings/" + past + "/cancel").then().statusCode(409);

        Map<String, Object> recorded = Meetings.body("Recorded afterwards", -10);
        recorded.put("status", "held");
        given().contentType("application/json").body(recorded).post("/v1/meetings").then()
                .statusCode(201).body("status", equalTo("held"));
        Map<String, Object> notYet = Meetings.body("Held in the future?", 10);
        notYet.put("status", "held");
        given().contentType("application/json").body(notYet).post("/v1/meetings").then().statusCode(409);
    }

    @Test
    void removesOnlyMeetingsThatWereNotHeld() {
        String planned = Meetings.future("Scheduled by mistake");
        given().delete("/v1/meetings/" + planned).then().statusCode(204);
        given().get("/v1/meetings/" + planned).then().statusCode(404);
        String held = Meetings.past("Held, stays");
        Meetings.hold(held);
        given().delete("/v1/meetings/" + held).then().statusCode(409);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponse() {
        Map<String, Object> body = Meetings.body("Idempotent " + UUID.randomUUID(), 5);
        String key = UUID.randomUUID().toString();
        Response first = given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/meetings");
        first.then().statusCode(201);
        Response again = given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/meetings");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        body.put("title", "Another");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/meetings").then()
                .statusCode(422);
    }

    @Test
    void aHeldMeetingCannotMoveIntoTheFuture() {
        String past = Meetings.past("Held, then edited");
        Meetings.hold(past);
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS);
        given().contentType("application/merge-patch+json")
                .body(Map.of("startsAt", later.toString(), "endsAt", later.plus(1, ChronoUnit.HOURS).toString()))
                .patch("/v1/meetings/" + past).then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("description", "Minutes to follow"))
                .patch("/v1/meetings/" + past).then().statusCode(200).body("status", equalTo("held"))
                .body("id", notNullValue());
    }
}
