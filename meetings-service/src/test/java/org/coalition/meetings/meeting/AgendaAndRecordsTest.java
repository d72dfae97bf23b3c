package org.coalition.meetings.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgendaAndRecordsTest {

    private static final Instant START = Instant.parse("2024-05-21T01:30:00Z");

    private static String meeting() {
        return Meetings.create(Meetings.body("2nd Education Champion Leader Meeting", START, START.plus(8, ChronoUnit.HOURS)));
    }

    private static Map<String, Object> item(String title, int fromMinutes, int toMinutes, List<Map<String, Object>> speakers) {
        return Map.of("title", title, "format", "plenary", "theme", "teacher-development",
                "startsAt", START.plus(fromMinutes, ChronoUnit.MINUTES).toString(),
                "endsAt", START.plus(toMinutes, ChronoUnit.MINUTES).toString(), "speakers", speakers);
    }

    @Test
    void keepsTheAgendaInTimeOrderWithSpeakersNamedFromTheReplica() throws Exception {
        UUID speaker = Fixtures.person("H.E. Director General");
        UUID organisation = Fixtures.organisation("Ministry of Education, Youth and Sport", "government", "KH", null);
        String meeting = meeting();
        String agenda = "/v1/meetings/" + meeting + "/agenda-items";
        given().contentType("application/json")
                .body(item("Group work by province", 120, 240, List.of())).post(agenda).then().statusCode(201);
        String opening = given().contentType("application/json")
                .body(item("Opening remarks", 0, 30, List.of(Map.of("personId", speaker.toString(),
                        "partnerId", organisation.toString()))))
                .post(agenda).then().statusCode(201)
                .body("speakers[0].personName", equalTo("H.E. Director General"))
                .body("speakers[0].partnerName", equalTo("Ministry of Education, Youth and Sport"))
                .extract().header("Location");

        given().get(agenda).then().statusCode(200)
                .body("items.title", equalTo(List.of("Opening remarks", "Group work by province")));
        given().get(agenda + "?limit=1").then().statusCode(200).body("next", notNullValue());
        String next = given().get(agenda + "?limit=1").then().extract().path("next");
        given().get(agenda + "?limit=1&cursor=" + next).then().statusCode(200)
                .body("items[0].title", equalTo("Group work by province")).body("next", nullValue());
        given().get(agenda + "?cursor=garbage").then().statusCode(400);

        Fixtures.renamePerson(speaker, "H.E. Secretary of State", 1);
        given().get(opening).then().statusCode(200).body("speakers[0].personName", equalTo("H.E. Secretary of State"));

        given().contentType("application/merge-patch+json").body(Map.of("format", "panel")).patch(opening).then()
                .statusCode(200).body("format", equalTo("panel")).header("ETag", "\"1\"");
        given().delete(opening).then().statusCode(204);
        given().get(agenda).then().body("items.size()", equalTo(1));
    }

    @Test
    void refusesItemsOutsideTheMeetingAndUnknownSpeakers() throws Exception {
        String agenda = "/v1/meetings/" + meeting() + "/agenda-items";
        given().contentType("application/json").body(item("Too early", -60, 10, List.of())).post(agenda).then()
                .statusCode(400).body("errors[0].field", equalTo("startsAt"));
        given().contentType("application/json").body(item("Too late", 400, 600, List.of())).post(agenda).then()
                .statusCode(400).body("errors[0].field", equalTo("endsAt"));
        given().contentType("application/json").body(item("Backwards", 60, 30, List.of())).post(agenda).then()
                .statusCode(400);
        given().contentType("application/json")
                .body(item("Ghost speaker", 0, 30, List.of(Map.of("personId", UUID.randomUUID().toString()))))
                .post(agenda).then().statusCode(422).body("errors[0].field", equalTo("speakers[0].personId"));
        given().contentType("application/json").body(item("Nobody", 0, 30, List.of(Map.of()))).post(agenda).then()
                .statusCode(400).body("errors[0].field", equalTo("speakers[0]"));
        given().contentType("application/json")
                .body(item("Archived", 0, 30, List.of(Map.of("partnerId", Fixtures.archivedOrganisation().toString()))))
                .post(agenda).then().statusCode(409);
    }

    @Test
    void recordsOutcomesTiedToTheAgendaOfTheSameMeeting() {
        String meeting = meeting();
        String item = given().contentType("application/json").body(item("Panel", 0, 60, List.of()))
                .post("/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201).extract().path("id");
        String outcomes = "/v1/meetings/" + meeting + "/outcomes";
        String location = given().contentType("application/json")
                .body(Map.of("kind", "takeaway", "text", "Coordination at provincial level works", "themes",
                        List.of("teacher-development", "policy-advocacy"), "agendaItemId", item))
                .post(outcomes).then().statusCode(201)
                .body("themes", equalTo(List.of("teacher-development", "policy-advocacy")))
                .extract().header("Location");
        given().contentType("application/json").body(Map.of("kind", "decision", "text", "Meet quarterly")).post(outcomes)
                .then().statusCode(201);
        given().get(outcomes + "?kind=decision").then().statusCode(200).body("items.size()", equalTo(1));
        given().get(outcomes + "?kind=wish").then().statusCode(400);

        String otherItem = given().contentType("application/json").body(item("Elsewhere", 0, 60, List.of()))
                .post("/v1/meetings/" + meeting() + "/agenda-items").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(Map.of("kind", "decision", "text", "X", "agendaItemId", otherItem))
                .post(outcomes).then().statusCode(422).body("errors[0].field", equalTo("agendaItemId"));
        given().contentType("application/json").body(Map.of("kind", "decision", "text", "X", "themes", List.of("cooking")))
                .post(outcomes).then().statusCode(400);

        given().delete("/v1/meetings/" + meeting + "/agenda-items/" + item).then().statusCode(204);
        given().get(location).then().statusCode(200).body("agendaItemId", nullValue());
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("kind", "recommendation", "text", "Share lesson plans")).put(location).then()
                .statusCode(200).body("kind", equalTo("recommendation"));
        given().delete(location).then().statusCode(204);
        given().get(location).then().statusCode(404);
    }

    @Test
    void keepsDocumentLinksWithTheirLanguage() {
        String documents = "/v1/meetings/" + meeting() + "/documents";
        String location = given().contentType("application/json")
                .body(Map.of("title", "Meeting report", "url", "https://example.org/report.pdf", "kind", "report",
                        "language", "km"))
                .post(documents).then().statusCode(201).body("language", equalTo("km")).extract().header("Location");
        given().contentType("application/json")
                .body(Map.of("title", "Bad", "url", "javascript:alert(1)", "kind", "minutes", "language", "!!"))
                .post(documents).then().statusCode(400).body("errors.field", hasItems("url", "language"));
        given().contentType("application/merge-patch+json").body(Map.of("kind", "minutes")).patch(location).then()
                .statusCode(200).body("kind", equalTo("minutes"));
        given().get(documents).then().statusCode(200).body("items.size()", equalTo(1));
        given().delete(location).then().statusCode(204);
        given().get(documents).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
