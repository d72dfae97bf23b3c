package org.coalition.partners.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerListTest {

    @Test
    void searchIgnoresCaseAndAccentsAndWorksInKhmer() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> grade = Partners.ngo("Grupo de Análisis para el Desarrollo " + token);
        grade.put("country", "PE");
        grade.put("acronym", "GRADE");
        grade.put("names", Map.of("en", "Group for the Analysis of Development (Ñopo lab) " + token));
        String gradeId = Partners.createId(grade);
        String khmerId = Partners.createId(Partners.ngo("អង្គការ​អប់រំ " + token));

        assertThat(search("nopo lab " + token)).containsExactly(gradeId);
        assertThat(search("ANÁLISIS PARA " + token)).containsExactly(gradeId);
        assertThat(search("analisis para el desarrollo " + token)).containsExactly(gradeId);
        assertThat(search("អង្គការ​អប់រំ " + token)).containsExactly(khmerId);
        assertThat(search(token)).containsExactlyInAnyOrder(gradeId, khmerId);
        assertThat(search("lab Ñopo " + token)).as("words in any order").containsExactly(gradeId);
        assertThat(search("100%_ " + token)).isEmpty();
    }

    private static List<String> search(String q) {
        return given().queryParam("q", q).get("/v1/partners").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void filtersCombine() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> provincial = Partners.ngo("Provincial office " + token);
        provincial.put("type", "local-government");
        provincial.put("level", "subnational");
        provincial.put("subdivision", "KH-3");
        provincial.put("themes", List.of("school-health"));
        provincial.put("sdg4Targets", List.of("4.2"));
        String provincialId = Partners.createId(provincial);
        Map<String, Object> peru = Partners.ngo("Peru network " + token);
        peru.put("country", "PE");
        String peruId = Partners.createId(peru);

        assertThat(ids(Map.of("q", token, "country", "KH"))).containsExactly(provincialId);
        assertThat(ids(Map.of("q", token, "type", "11"))).containsExactly(provincialId);
        assertThat(ids(Map.of("q", token, "type", "national-ngo"))).containsExactly(peruId);
        assertThat(ids(Map.of("q", token, "level", "subnational", "subdivision", "KH-3"))).containsExactly(provincialId);
        assertThat(ids(Map.of("q", token, "theme", "school-health"))).containsExactly(provincialId);
        assertThat(ids(Map.of("q", token, "sdg4Target", "4.c"))).containsExactly(peruId);
        assertThat(ids(Map.of("q", token, "status", "active"))).containsExactly(provincialId, peruId);

        String since = Instant.now().toString();
        given().delete("/v1/partners/" + peruId).then().statusCode(204);
        assertThat(ids(Map.of("q", token, "updatedSince", since))).containsExactly(peruId);
        assertThat(ids(Map.of("q", token, "status", "archived"))).containsExactly(peruId);
    }

    private static List<String> ids(Map<String, String> query) {
        return given().queryParams(query).get("/v1/partners").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void badFiltersAre400NamingEachParameter() {
        given().queryParams(Map.of("country", "Cambodia", "theme", "astronomy", "sdg4Target", "5.1",
                        "identifier", "nocolon", "updatedSince", "yesterday", "level", "planet", "status", "gone"))
                .get("/v1/partners").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("country", "theme", "sdg4Target", "identifier",
                        "updatedSince", "level", "status"));
        given().queryParam("contry", "KH").get("/v1/partners").then().statusCode(400)
                .body("type", equalTo("urn:coalition:problem:unknown-parameter"));
    }

    @Test
    void pagingThroughTwoThousandRowsWhileRowsAreInsertedHasNoRepeatOrGap() {
        String token = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 2_050; i++) {
            created.add(Partners.createId(Partners.ngo("Row " + i + " " + token)));
        }
        List<String> seen = new ArrayList<>();
        List<String> insertedWhilePaging = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().queryParam("q", token).queryParam("limit", 500)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/v1/partners");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
            if (pages++ < 3) {
                insertedWhilePaging.add(Partners.createId(Partners.ngo("Late " + pages + " " + token)));
            }
        } while (cursor != null);

        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).as("no repeats").hasSameSizeAs(seen);
        assertThat(seen).as("no gaps, in order").startsWith(created.toArray(String[]::new));
        assertThat(seen).containsAll(insertedWhilePaging);
        assertThat(seen).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void csvStreamsEveryMatchingRowWithQuotingAndFormulaDefusing() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Partners.ngo("=cmd, \"quoted\" " + token);
        Partners.createId(body);
        for (int i = 0; i < 3; i++) {
            Partners.createId(Partners.ngo("Plain " + i + " " + token));
        }
        String csv = given().accept("text/csv").queryParam("q", token).get("/v1/partners").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("id,name,acronym,type,iatiTypeCode,country");
        assertThat(lines[1]).contains(",\"'=cmd, \"\"quoted\"\" " + token + "\",");
        assertThat(lines[2]).contains(",Plain 0 " + token + ",NEP,national-ngo,22,KH,national,");
    }

    @Test
    void themesFilterMatchesArrayMembership() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Partners.ngo("Themes " + token);
        body.put("themes", List.of("gender-equality", "tertiary"));
        String id = Partners.createId(body);
        given().queryParam("q", token).queryParam("theme", "tertiary").get("/v1/partners")
                .then().body("items.id", contains(id));
        given().queryParam("q", token).queryParam("theme", "primary").get("/v1/partners")
                .then().body("items", hasSize(0));
    }
}
