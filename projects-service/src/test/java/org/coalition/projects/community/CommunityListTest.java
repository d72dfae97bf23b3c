package org.coalition.projects.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunityListTest {

    private static List<String> ids(Map<String, String> query) {
        return given().queryParams(query).get("/v1/communities").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void filtersCombine() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> malaysia = Communities.cohort("Parental involvement " + token);
        malaysia.put("countries", List.of("MY"));
        String malaysiaId = Communities.createId(malaysia);
        Map<String, Object> peru = Communities.cohort("Quality benchmarks " + token);
        peru.put("theme", "teacher-development");
        peru.put("countries", List.of("PE", "PK"));
        peru.put("status", "active");
        String peruId = Communities.createId(peru);

        assertThat(ids(Map.of("q", token))).containsExactly(malaysiaId, peruId);
        assertThat(ids(Map.of("q", token, "country", "PK"))).containsExactly(peruId);
        assertThat(ids(Map.of("q", token, "theme", "parental-involvement"))).containsExactly(malaysiaId);
        assertThat(ids(Map.of("q", token, "status", "active"))).containsExactly(peruId);
        assertThat(ids(Map.of("q", token, "status", "forming", "country", "MY"))).containsExactly(malaysiaId);

        String since = Instant.now().toString();
        given().delete("/v1/communities/" + malaysiaId).then().statusCode(204);
        assertThat(ids(Map.of("q", token, "updatedSince", since))).containsExactly(malaysiaId);
        assertThat(ids(Map.of("q", token, "status", "closed"))).containsExactly(malaysiaId);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndLooksInTranslatedNames() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Communities.cohort("Calidad docente " + token);
        body.put("names", Map.of("en", "Teaching quality benchmarks " + token, "ur", "تعلیم کا معیار " + token));
        String id = Communities.createId(body);
        assertThat(ids(Map.of("q", "CALIDAD " + token))).containsExactly(id);
        assertThat(ids(Map.of("q", "benchmarks teaching " + token))).containsExactly(id);
        assertThat(ids(Map.of("q", "معیار " + token))).containsExactly(id);
        assertThat(ids(Map.of("q", "100%_ " + token))).isEmpty();
    }

    @Test
    void badFiltersAre400NamingEachParameter() {
        given().queryParams(Map.of("country", "Malaysia", "theme", "astronomy", "status", "dormant",
                        "updatedSince", "yesterday", "q", " "))
                .get("/v1/communities").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("country", "theme", "status", "updatedSince", "q"));
        given().queryParam("contry", "MY").get("/v1/communities").then().statusCode(400)
                .body("type", equalTo("urn:coalition:problem:unknown-parameter"));
        given().queryParam("limit", 0).get("/v1/communities").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "garbage").get("/v1/communities").then().statusCode(400)
                .body("type", equalTo("urn:coalition:problem:bad-cursor"));
    }

    @Test
    void pagesFollowTheNextCursorAndLinkWithoutRepeatOrGap() {
        String token = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(Communities.createId(Communities.cohort("Row " + i + " " + token)));
        }
        List<String> seen = new ArrayList<>();
        Response page = given().queryParam("q", token).queryParam("limit", 3).get("/v1/communities");
        page.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        seen.addAll(page.path("items.id"));
        String next = page.path("next");
        while (next != null) {
            page = given().queryParam("q", token).queryParam("limit", 3).queryParam("cursor", next).get("/v1/communities");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            next = page.path("next");
        }
        assertThat(seen).containsExactlyElementsOf(created);
        page.then().body("next", nullValue()).header("Link", nullValue());
    }

    @Test
    void csvStreamsEveryMatchingRowWithQuotingAndFormulaDefusing() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Communities.createId(Communities.cohort("=cmd, \"quoted\" " + token));
        for (int i = 0; i < 3; i++) {
            Communities.createId(Communities.cohort("Plain " + i + " " + token));
        }
        String csv = given().accept("text/csv").queryParam("q", token).get("/v1/communities").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("id,name,theme,description,facilitatorPartnerId,cohortStartsOn,cohortEndsOn,"
                + "countries,status,createdAt,updatedAt,version");
        assertThat(lines[1]).contains(",\"'=cmd, \"\"quoted\"\" " + token + "\",");
        assertThat(lines[2]).contains(",Plain 0 " + token + ",parental-involvement,");
        assertThat(lines[2]).contains(",,2025-03-01,2026-02-28,MY;PE;PK,forming,");
        given().accept("text/csv").queryParam("country", "nowhere").get("/v1/communities").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        given().queryParam("q", UUID.randomUUID().toString()).get("/v1/communities").then().statusCode(200)
                .body("items", hasSize(0)).body("next", nullValue());
    }
}
