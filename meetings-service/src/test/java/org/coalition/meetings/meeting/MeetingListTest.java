package org.coalition.meetings.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingListTest {

    @Test
    void filtersAndPagesInOrderOfStart() throws Exception {
        UUID group = Fixtures.group("Lima CoP " + Fixtures.shortId());
        UUID host = Fixtures.organisation("Ministerio de Educación del Perú", "government", "PE", null);
        Instant base = Instant.parse("2025-08-11T13:00:00Z");
        String[] ids = new String[4];
        for (int i = 3; i >= 0; i--) {
            Map<String, Object> body = Meetings.body("Convening día " + (i + 1) + " Ñuñoa",
                    base.plus(i, ChronoUnit.DAYS), base.plus(i, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS));
            body.put("kind", i == 0 ? "cop-session" : "workshop");
            body.put("groupId", group.toString());
            body.put("hostPartnerIds", List.of(host.toString()));
            body.put("timeZone", "America/Lima");
            body.put("location", Map.of("city", "Lima", "country", "PE", "subdivision", "PE-LIM"));
            ids[i] = Meetings.create(body);
        }
        String groupFilter = "/v1/meetings?groupId=" + group;
        given().get(groupFilter).then().statusCode(200).body("items.id", equalTo(List.of(ids)));
        String next = given().get(groupFilter + "&limit=3").then().statusCode(200)
                .header("Link", startsWith("</v1/meetings?")).body("items.id", equalTo(List.of(ids[0], ids[1], ids[2])))
                .extract().path("next");
        given().get(groupFilter + "&limit=3&cursor=" + next).then().statusCode(200)
                .body("items.id", equalTo(List.of(ids[3]))).body("next", equalTo(null));

        given().get(groupFilter + "&kind=cop-session").then().body("items.id", equalTo(List.of(ids[0])));
        given().get(groupFilter + "&q=nunoa DIA 3").then().body("items.id", equalTo(List.of(ids[2])));
        given().get(groupFilter + "&from=2025-08-12T00:00:00Z&to=2025-08-14T00:00:00Z").then()
                .body("items.id", equalTo(List.of(ids[1], ids[2])));
        given().get("/v1/meetings?hostPartnerId=" + host + "&country=PE&subdivision=PE-LIM&status=planned").then()
                .body("items.size()", equalTo(4));
        given().get(groupFilter + "&updatedSince=" + Instant.now().plus(1, ChronoUnit.HOURS)).then()
                .body("items.size()", equalTo(0));

        String csv = given().accept("text/csv").get(groupFilter).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(5);
        assertThat(csv).startsWith("id,title,kind,series").contains("America/Lima");
    }

    @Test
    void refusesBadFiltersCursorsAndUnknownParameters() {
        given().get("/v1/meetings?kind=party&groupId=1&country=XX&subdivision=lima&from=monday&status=done").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("kind", "groupId", "country", "subdivision", "from", "status"));
        given().get("/v1/meetings?from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().get("/v1/meetings?cursor=bm9wZQ").then().statusCode(400);
        given().get("/v1/meetings?limit=0").then().statusCode(400);
        given().get("/v1/meetings?colour=blue").then().statusCode(400);
    }
}
