package org.coalition.partners.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerMergeTest {

    @Test
    void mergeMovesEverythingToTheSurvivorAndRedirects() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> duplicateBody = Partners.ngo("GRADE duplicate " + token);
        duplicateBody.put("identifiers", List.of(Map.of("scheme", "pe-ruc", "value", "RUC-" + token)));
        String duplicate = Partners.createId(duplicateBody);
        Map<String, Object> survivorBody = Partners.ngo("Grupo de Análisis para el Desarrollo " + token);
        survivorBody.put("identifiers", List.of(Map.of("scheme", "iati", "value", "PE-" + token)));
        String survivor = Partners.createId(survivorBody);
        String other = Partners.createId(Partners.ngo("Other " + token));

        String person = given().contentType("application/json")
                .body(Map.of("name", "Hugo " + token, "affiliations", List.of(Map.of("partnerId", duplicate))))
                .post("/v1/people").then().statusCode(201).extract().path("id");
        String group = given().contentType("application/json")
                .body(Map.of("name", "Group " + token, "kind", "network", "level", "global"))
                .post("/v1/groups").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(Map.of("partnerId", duplicate, "role", "member"))
                .post("/v1/groups/" + group + "/members").then().statusCode(201);
        String partnership = given().contentType("application/json")
                .body(Map.of("title", "Both sides " + token, "kind", "research-practice", "status", "active",
                        "participants", List.of(Map.of("partnerId", duplicate), Map.of("partnerId", survivor),
                                Map.of("partnerId", other))))
                .post("/v1/partnerships").then().statusCode(201).extract().path("id");

        given().contentType("application/json").body(Map.of("into", survivor))
                .post("/v1/partners/" + duplicate + "/merge").then().statusCode(200)
                .body("id", equalTo(survivor))
                .body("identifiers.value", containsInAnyOrder("PE-" + token, "RUC-" + token));

        given().redirects().follow(false).get("/v1/partners/" + duplicate).then()
                .statusCode(301).header("Location", endsWith("/v1/partners/" + survivor));
        given().queryParam("status", "merged").queryParam("q", token).get("/v1/partners").then()
                .body("items[0].mergedInto", equalTo(survivor));
        given().get("/v1/people/" + person).then().body("affiliations[0].partnerId", equalTo(survivor));
        given().get("/v1/groups/" + group + "/members").then().body("items.partnerId", hasItem(survivor));
        given().get("/v1/partnerships/" + partnership).then()
                .body("participants.partnerId", containsInAnyOrder(survivor, other));
        given().queryParam("identifier", "pe-ruc:RUC-" + token).get("/v1/partners").then()
                .body("items[0].id", equalTo(survivor));

        given().contentType("application/json").body(Map.of("into", other))
                .post("/v1/partners/" + duplicate + "/merge").then().statusCode(409);
        given().contentType("application/json").body(Map.of("into", duplicate))
                .post("/v1/partners/" + other + "/merge").then().statusCode(409)
                .body("errors[0].field", equalTo("into"));
        given().contentType("application/json").body(Map.of("into", other))
                .post("/v1/partners/" + other + "/merge").then().statusCode(400);
        given().contentType("application/json").body(Map.of("into", UUID.randomUUID().toString()))
                .post("/v1/partners/" + other + "/merge").then().statusCode(404);
    }

    @Test
    void duplicatesAreFoundByNameAcronymAndAccents() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = Partners.ngo("Childhood Education International " + token);
        body.put("acronym", "CEI" + token);
        String id = Partners.createId(body);
        given().queryParam("name", "childhood educaton internationl " + token).get("/v1/partners/duplicates").then()
                .statusCode(200).body("partner.id", hasItem(id));
        given().queryParam("name", "cei" + token).get("/v1/partners/duplicates").then()
                .body("find { it.partner.id == '" + id + "' }.score", equalTo(0.9f));
        given().get("/v1/partners/duplicates").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
