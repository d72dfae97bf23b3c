package org.coalition.partners.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerBatchTest {

    @Test
    void eachItemSucceedsOrFailsOnItsOwn() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bad = Partners.ngo("Bad " + token);
        bad.put("country", "XX");
        Map<String, Object> nameless = Partners.ngo("");
        Map<String, Object> upsert = Map.of("upsertBy", Map.of("scheme", "kh-moi", "value", "B-" + token),
                "partner", Partners.ngo("Upserted " + token));
        Map<String, Object> body = Map.of("items", List.of(
                Map.of("partner", Partners.ngo("Good " + token)),
                Map.of("partner", bad),
                upsert,
                Map.of("partner", nameless)));

        given().contentType("application/json").body(body).post("/v1/partners/batch").then()
                .statusCode(200)
                .body("succeeded", equalTo(2))
                .body("failed", equalTo(2))
                .body("results", hasSize(4))
                .body("results[0].status", equalTo(201))
                .body("results[0].id", notNullValue())
                .body("results[1].status", equalTo(400))
                .body("results[1].id", nullValue())
                .body("results[1].problem.errors[0].field", equalTo("country"))
                .body("results[2].status", equalTo(201))
                .body("results[3].status", equalTo(400))
                .body("results[3].problem.errors[0].field", equalTo("partner.name"));

        given().contentType("application/json").body(Map.of("items", List.of(upsert))).post("/v1/partners/batch")
                .then().statusCode(200).body("results[0].status", equalTo(200)).body("results[0].version", equalTo(0));
        Map<String, Object> changed = Partners.ngo("Upserted " + token);
        changed.put("acronym", "UPS");
        given().contentType("application/json")
                .body(Map.of("items", List.of(Map.of("upsertBy", upsert.get("upsertBy"), "partner", changed))))
                .post("/v1/partners/batch")
                .then().statusCode(200).body("results[0].status", equalTo(200)).body("results[0].version", equalTo(1));
        given().queryParam("q", token).get("/v1/partners").then().body("items", hasSize(2));
    }

    @Test
    void aFailingItemInTheMiddleOfALargeBatchCostsNoOtherItem() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Map<String, Object> partner = Partners.ngo("Bulk " + token + " " + i);
            if (i == 160) {
                partner.put("country", "XX");
            }
            items.add(Map.of("partner", partner));
        }
        // Two items upsert one identifier in the same hundred: the second finds what the first wrote.
        Map<String, Object> twice = Map.of("upsertBy", Map.of("scheme", "kh-moi", "value", "T-" + token),
                "partner", Partners.ngo("Twice " + token));
        items.set(20, twice);
        items.set(21, twice);

        var outcome = given().contentType("application/json").body(Map.of("items", items)).post("/v1/partners/batch")
                .then()
                .statusCode(200)
                .body("succeeded", equalTo(249))
                .body("failed", equalTo(1))
                .body("results[20].status", equalTo(201))
                .body("results[21].status", equalTo(200))
                .body("results[159].status", equalTo(201))
                .body("results[160].status", equalTo(400))
                .body("results[160].problem.errors[0].field", equalTo("country"))
                .body("results[161].status", equalTo(201))
                .body("results[249].status", equalTo(201))
                .extract();
        assertThat(outcome.path("results[21].id"), equalTo(outcome.path("results[20].id")));
        String csv = given().accept("text/csv").queryParam("q", token).get("/v1/partners").then().statusCode(200)
                .extract().asString();
        // 248 organisations (249 items succeeded, two of them the same upsert) and the header line
        assertThat(csv.strip().split("\n").length, equalTo(249));
    }

    @Test
    void anEmptyOrOversizedBatchIs400() {
        given().contentType("application/json").body(Map.of("items", List.of())).post("/v1/partners/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        List<Object> tooMany = new ArrayList<>(Collections.nCopies(1_001, Map.of("partner", Map.of("name", "x"))));
        given().contentType("application/json").body(Map.of("items", tooMany)).post("/v1/partners/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
    }
}
