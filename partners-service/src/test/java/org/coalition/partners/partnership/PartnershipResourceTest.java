package org.coalition.partners.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipResourceTest {

    private static String organisation() {
        return given().contentType("application/json").body(Map.of("name", "Partner " + UUID.randomUUID(),
                        "type", "foundation", "level", "global"))
                .post("/v1/partners").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> mou(String a, String b) {
        return Map.of("title", "Teacher development MoU", "kind", "mou", "status", "active", "from", "2024-01-01",
                "participants", List.of(Map.of("partnerId", a, "role", "funder"), Map.of("partnerId", b)));
    }

    @Test
    void partnershipLifecycle() {
        String a = organisation();
        String b = organisation();
        String id = given().contentType("application/json").body(mou(a, b)).post("/v1/partnerships").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("participants.partnerId", contains(a, b))
                .body("participants[0].role", equalTo("funder"))
                .extract().path("id");
        given().queryParam("partnerId", b).get("/v1/partnerships").then().body("items.id", contains(id));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\": \"ended\", \"to\": \"2025-06-30\"}").patch("/v1/partnerships/" + id).then()
                .statusCode(200).body("status", equalTo("ended")).body("to", equalTo("2025-06-30"));
        given().queryParam("partnerId", b).queryParam("status", "active").get("/v1/partnerships").then()
                .body("items", hasSize(0));
        given().header("If-Match", "\"0\"").delete("/v1/partnerships/" + id).then().statusCode(412);
        given().delete("/v1/partnerships/" + id).then().statusCode(204);
        given().get("/v1/partnerships/" + id).then().statusCode(404);
    }

    @Test
    void participantsAreChecked() {
        String a = organisation();
        given().contentType("application/json").body(mou(a, a)).post("/v1/partnerships").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("participants", "participants"));
        given().contentType("application/json").body(mou(a, UUID.randomUUID().toString())).post("/v1/partnerships")
                .then().statusCode(422).body("errors[0].field", equalTo("participants[1].partnerId"));
        String archived = organisation();
        given().delete("/v1/partners/" + archived).then().statusCode(204);
        given().contentType("application/json").body(mou(a, archived)).post("/v1/partnerships")
                .then().statusCode(409).body("errors[0].field", equalTo("participants[1].partnerId"));
        given().queryParam("kind", "alliance").get("/v1/partnerships").then().statusCode(400);
    }
}
