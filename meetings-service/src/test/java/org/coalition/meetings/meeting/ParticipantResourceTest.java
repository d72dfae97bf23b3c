package org.coalition.meetings.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.Fixtures;
import org.coalition.meetings.replica.PartnerEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantResourceTest {

    private static String participants(String meeting) {
        return "/v1/meetings/" + meeting + "/participants";
    }

    @Test
    void addsAPersonForAnOrganisationWithNamesFromTheReplica() throws Exception {
        UUID person = Fixtures.person("Sokha Chan");
        UUID organisation = Fixtures.organisation("Provincial Office of Education, Kampong Cham");
        String meeting = Meetings.future("Provincial working group");
        String location = given().contentType("application/json")
                .body(Map.of("personId", person.toString(), "partnerId", organisation.toString(), "role", "speaker",
                        "status", "registered"))
                .post(participants(meeting)).then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("personName", equalTo("Sokha Chan"))
                .body("partnerName", equalTo("Provincial Office of Education, Kampong Cham"))
                .body("role", equalTo("speaker"))
                .body("registeredAt", notNullValue())
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("meetingId", equalTo(meeting));

        Fixtures.renamePerson(person, "Chan Sokha", 1);
        Fixtures.renameOrganisation(organisation, "PoE Kampong Cham", 1);
        given().get(participants(meeting)).then().statusCode(200)
                .body("items[0].personName", equalTo("Chan Sokha"))
                .body("items[0].partnerName", equalTo("PoE Kampong Cham"));

        given().contentType("application/json").body(Map.of("personId", person.toString()))
                .post(participants(meeting)).then()
                .statusCode(409).body("errors[0].field", equalTo("personId"));
    }

    @Test
    void refusesUnknownArchivedAndErasedReferencesAndEmptyParticipants() throws Exception {
        String meeting = Meetings.future("References");
        given().contentType("application/json").body(Map.of("role", "participant")).post(participants(meeting)).then()
                .statusCode(400).body("errors[0].field", equalTo("personId"));
        given().contentType("application/json")
                .body(Map.of("personId", UUID.randomUUID().toString(), "partnerId", UUID.randomUUID().toString()))
                .post(participants(meeting)).then()
                .statusCode(422).body("errors.field", equalTo(List.of("personId", "partnerId")));
        given().contentType("application/json").body(Map.of("partnerId", Fixtures.archivedOrganisation().toString()))
                .post(participants(meeting)).then().statusCode(409).body("errors[0].field", equalTo("partnerId"));
        given().contentType("application/json").body(Map.of("personId", Fixtures.erasedPerson().toString()))
                .post(participants(meeting)).then().statusCode(409);
        given().contentType("application/json").body(Map.of("personId", UUID.randomUUID().toString(), "role", "boss"))
                .post(participants(meeting)).then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Map.of("partnerId", UUID.randomUUID().toString()))
                .post(participants(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void attendanceIsKnownOnlyOnceTheMeetingStarted() throws Exception {
        UUID person = Fixtures.person("Early bird");
        String future = Meetings.future("Next month");
        given().contentType("application/json").body(Map.of("personId", person.toString(), "status", "attended"))
                .post(participants(future)).then().statusCode(409).body("errors[0].field", equalTo("status"));

        String past = Meetings.past("Yesterday");
        String location = given().contentType("application/json").body(Map.of("personId", person.toString(),
                        "status", "registered")).post(participants(past)).then().statusCode(201).extract().header("Location");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("status", "attended"))
                .patch(location).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("attended"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("status", "no-show"))
                .patch(location).then().statusCode(412);
        given().delete(location).then().statusCode(204);
        given().get(location).then().statusCode(404);
    }

    @Test
    void aCancelledMeetingTakesNoNewParticipants() throws Exception {
        String meeting = Meetings.future("Called off");
        given().contentType("application/json").body(Map.of("reason", "Floods")).post("/v1/meetings/" + meeting + "/cancel")
                .then().statusCode(200);
        given().contentType("application/json").body(Map.of("personId", Fixtures.person("Too late").toString()))
                .post(participants(meeting)).then().statusCode(409);
    }

    @Test
    void addsSeventyPeopleInOneBatchAnsweringItemByItem() throws Exception {
        UUID organisation = Fixtures.organisation("Provincial Office of Education, Siem Reap");
        List<Map<String, Object>> items = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            UUID person = UUID.randomUUID();
            people.add(person);
            PartnerEvents.send("org.coalition.person.registered", person,
                    PartnerEvents.person(person, "Participant " + i, 0));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> people.stream().allMatch(p -> Fixtures.person(p) != null));
        for (UUID person : people) {
            Map<String, Object> item = new HashMap<>();
            item.put("personId", person.toString());
            item.put("partnerId", organisation.toString());
            item.put("status", "registered");
            items.add(item);
        }
        items.add(Map.of("personId", people.get(0).toString()));
        items.add(Map.of("personId", UUID.randomUUID().toString()));
        items.add(Map.of("role", "speaker"));
        String meeting = Meetings.future("2nd Education Champion Leader Meeting");

        JsonPath outcome = given().contentType("application/json").body(Map.of("items", items))
                .post(participants(meeting) + "/batch").then().statusCode(200).extract().jsonPath();
        assertThat(outcome.getInt("succeeded")).isEqualTo(70);
        assertThat(outcome.getInt("failed")).isEqualTo(3);
        assertThat(outcome.getList("results.status", Integer.class).subList(70, 73)).containsExactly(409, 422, 400);
        assertThat(outcome.getString("results[71].problem.errors[0].field")).isEqualTo("personId");

        given().get(participants(meeting) + "?limit=50").then().statusCode(200)
                .body("items.size()", equalTo(50)).body("next", notNullValue());
        String next = given().get(participants(meeting) + "?limit=50").then().extract().path("next");
        given().get(participants(meeting) + "?limit=50&cursor=" + next).then().statusCode(200)
                .body("items.size()", equalTo(20)).body("next", nullValue());
        given().get(participants(meeting) + "?status=registered&limit=500").then().body("items.size()", equalTo(70));
        given().get(participants(meeting) + "?status=maybe").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().get("/v1/meetings?participantPersonId=" + people.get(5)).then().statusCode(200)
                .body("items.id", hasItem(meeting));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("personId", UUID.randomUUID().toString()));
        }
        given().contentType("application/json").body(Map.of("items", tooMany)).post(participants(meeting) + "/batch")
                .then().statusCode(400);
    }

    @Test
    void anErasedPersonStaysAsAnAnonymousParticipation() throws Exception {
        UUID person = Fixtures.person("Will Be Erased");
        String meeting = Meetings.past("Erasure");
        given().contentType("application/json").body(Map.of("personId", person.toString(), "status", "attended"))
                .post(participants(meeting)).then().statusCode(201);
        Fixtures.erase(person);
        given().get(participants(meeting)).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].personId", equalTo(person.toString()))
                .body("items[0].personName", nullValue())
                .body("items[0].personErased", equalTo(true))
                .body("items[0].status", equalTo("attended"));
    }
}
