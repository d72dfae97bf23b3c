package org.coalition.partners.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupResourceTest {

    private static String post(String path, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String organisation() {
        return post("/v1/partners", Map.of("name", "Member NGO " + UUID.randomUUID(), "type", "national-ngo",
                "country", "KH", "level", "national"));
    }

    private static Map<String, Object> group(String name, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "working-group", "level", "subnational",
                "country", "KH", "subdivision", "KH-3", "themes", List.of("teacher-development")));
        if (parent != null) {
            body.put("parentGroupId", parent);
        }
        return body;
    }

    @Test
    void groupsNestAndRefuseCycles() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String nep = post("/v1/groups", Map.of("name", "NGO Education Partnership " + token, "kind", "network",
                "level", "national", "country", "KH"));
        String provincial = post("/v1/groups", group("Provincial ESWG Kampong Cham " + token, nep));
        String thematic = post("/v1/groups", group("Thematic group: teachers " + token, provincial));

        given().queryParam("parentGroupId", provincial).get("/v1/groups").then().statusCode(200)
                .body("items.id", contains(thematic));
        given().queryParam("q", "kampong cham " + token).get("/v1/groups").then().body("items.id", contains(provincial));

        Map<String, Object> cycle = group("Provincial ESWG Kampong Cham " + token, thematic);
        given().contentType("application/json").body(cycle).put("/v1/groups/" + provincial).then()
                .statusCode(409).body("errors[0].field", equalTo("parentGroupId"));
        given().contentType("application/json").body(group("Orphan " + token, UUID.randomUUID().toString()))
                .post("/v1/groups").then().statusCode(422).body("errors[0].field", equalTo("parentGroupId"));
    }

    @Test
    void groupRulesAreChecked() {
        Map<String, Object> body = group("Bad " + UUID.randomUUID(), null);
        body.put("subdivision", "PE-LIM");
        body.put("kind", "club");
        given().contentType("application/json").body(body).post("/v1/groups").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        body.put("kind", "committee");
        given().contentType("application/json").body(body).post("/v1/groups").then()
                .statusCode(400).body("errors.field", contains("subdivision"));
        given().queryParam("kind", "club").get("/v1/groups").then().statusCode(400);
    }

    @Test
    void membershipsOfOrganisationsAndPeople() {
        String groupId = post("/v1/groups", group("Members " + UUID.randomUUID(), null));
        String ngo = organisation();
        String person = post("/v1/people", Map.of("name", "Chair person"));

        String membership = post("/v1/groups/" + groupId + "/members", Map.of("partnerId", ngo, "role", "member",
                "from", "2023-01-01"));
        post("/v1/groups/" + groupId + "/members", Map.of("personId", person, "role", "chair"));
        given().get("/v1/groups/" + groupId + "/members").then().statusCode(200)
                .body("items.role", containsInAnyOrder("member", "chair"));
        given().queryParam("partnerId", ngo).get("/v1/groups").then().body("items.id", contains(groupId));

        given().contentType("application/json").body(Map.of("partnerId", ngo, "role", "member"))
                .post("/v1/groups/" + groupId + "/members").then().statusCode(409);
        given().contentType("application/json").body(Map.of("partnerId", ngo, "personId", person, "role", "member"))
                .post("/v1/groups/" + groupId + "/members").then().statusCode(400);
        given().contentType("application/json").body(Map.of("personId", UUID.randomUUID().toString(), "role", "member"))
                .post("/v1/groups/" + groupId + "/members").then().statusCode(422).body("errors[0].field", equalTo("personId"));
        given().contentType("application/json").body(Map.of("partnerId", ngo, "role", "member", "from", "2023-01-01",
                        "to", "2022-01-01"))
                .put("/v1/groups/" + groupId + "/members/" + membership).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("partnerId", ngo, "role", "co-chair", "from", "2023-01-01"))
                .put("/v1/groups/" + groupId + "/members/" + membership).then().statusCode(200)
                .body("role", equalTo("co-chair"));
        given().delete("/v1/groups/" + groupId + "/members/" + membership).then().statusCode(204);
        given().get("/v1/groups/" + groupId + "/members/" + membership).then().statusCode(404);
        given().get("/v1/groups/" + groupId + "/members").then().body("items", hasSize(1));
    }

    @Test
    void anIdempotencyKeyIsScopedToTheResourceItIsSentTo() {
        String ngo = organisation();
        String key = UUID.randomUUID().toString();
        for (String groupId : List.of(post("/v1/groups", group("Scope A " + key, null)),
                post("/v1/groups", group("Scope B " + key, null)))) {
            given().contentType("application/json").header("Idempotency-Key", key)
                    .body(Map.of("partnerId", ngo, "role", "member"))
                    .post("/v1/groups/" + groupId + "/members").then()
                    .statusCode(201).body("groupId", equalTo(groupId));
        }
    }

    @Test
    void archivedOrganisationsAndGroupsTakeNoNewMembers() {
        String groupId = post("/v1/groups", group("Closing " + UUID.randomUUID(), null));
        String ngo = organisation();
        given().delete("/v1/partners/" + ngo).then().statusCode(204);
        given().contentType("application/json").body(Map.of("partnerId", ngo, "role", "member"))
                .post("/v1/groups/" + groupId + "/members").then().statusCode(409)
                .body("errors[0].field", equalTo("partnerId"));
        given().delete("/v1/groups/" + groupId).then().statusCode(204);
        given().contentType("application/json").body(Map.of("partnerId", organisation(), "role", "member"))
                .post("/v1/groups/" + groupId + "/members").then().statusCode(409);
        given().get("/v1/groups/" + groupId).then().body("status", equalTo("archived"));
    }
}
