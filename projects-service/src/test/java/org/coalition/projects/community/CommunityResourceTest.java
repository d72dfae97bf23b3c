package org.coalition.projects.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coalition.projects.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunityResourceTest {

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    @Test
    void createReturnsTheRepresentationWithLocationAndETag() throws Exception {
        UUID facilitator = Fixtures.organisation("Institute of Policy Studies");
        Map<String, Object> body = Communities.cohort(unique("Policy fellows"));
        body.put("names", Map.of("ms", "Felo dasar", "es", "Becarios de políticas"));
        body.put("facilitatorPartnerId", facilitator.toString());
        Response created = given().contentType("application/json").body(body).post("/v1/communities");
        created.then().statusCode(201)
                .contentType(startsWith("application/json"))
                .header("ETag", "\"0\"")
                .header("Location", containsString("/v1/communities/"))
                .body("id", not(nullValue()))
                .body("theme", equalTo("parental-involvement"))
                .body("facilitatorPartnerId", equalTo(facilitator.toString()))
                .body("facilitatorName", equalTo("Institute of Policy Studies"))
                .body("cohortStartsOn", equalTo("2025-03-01"))
                .body("countries", contains("MY", "PE", "PK"))
                .body("status", equalTo("forming"))
                .body("names.es", equalTo("Becarios de políticas"))
                .body("version", equalTo(0));

        given().get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name")))
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("updatedAt", equalTo(created.path("createdAt")));
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        Map<String, Object> body = Communities.cohort(unique("Broken"));
        body.put("cohortEndsOn", "2025-03-01");
        body.put("countries", List.of("MY", "ZZ"));
        body.put("names", Map.of("not a tag!", "x"));
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:validation"))
                .body("errors.field", containsInAnyOrder("cohortEndsOn", "countries[1]", "names.not a tag!"));
    }

    @Test
    void requiredFieldsTypesAndEnumsAreChecked() {
        given().contentType("application/json").body(Map.of("description", "x")).post("/v1/communities").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("name", "theme"));
        Map<String, Object> body = Communities.cohort(unique("Enum"));
        body.put("theme", "astronomy");
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(400).body("errors[0].field", equalTo("theme"))
                .body("errors[0].message", containsString("parental-involvement"));
        body = Communities.cohort(unique("Date"));
        body.put("cohortStartsOn", "1st of March");
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(400).body("errors[0].field", equalTo("cohortStartsOn"));
        body = Communities.cohort(unique("Status"));
        body.put("status", "dormant");
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().contentType("application/json").body("{\"name\": ").post("/v1/communities").then()
                .statusCode(400).body("type", equalTo("urn:coalition:problem:malformed-json"));
        given().contentType("application/json").post("/v1/communities").then().statusCode(400);
        given().contentType("text/plain").body("name").post("/v1/communities").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theFacilitatorMustBeAKnownActiveOrganisation() throws Exception {
        Map<String, Object> body = Communities.cohort(unique("Facilitated"));
        body.put("facilitatorPartnerId", UUID.randomUUID().toString());
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(422)
                .body("type", equalTo("urn:coalition:problem:unprocessable"))
                .body("errors[0].field", equalTo("facilitatorPartnerId"));

        body.put("facilitatorPartnerId", Fixtures.archivedOrganisation().toString());
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(409)
                .body("errors[0].field", equalTo("facilitatorPartnerId"))
                .body("errors[0].message", containsString("archived"));

        UUID survivor = Fixtures.organisation("Survivor");
        body.put("facilitatorPartnerId", Fixtures.mergedOrganisation(survivor).toString());
        given().contentType("application/json").body(body).post("/v1/communities").then()
                .statusCode(409)
                .body("errors[0].message", containsString("merged into " + survivor));
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        given().get("/v1/communities/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:coalition:problem:not-found"));
        given().get("/v1/communities/not-a-uuid").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Communities.cohort("Nobody"))
                .put("/v1/communities/" + UUID.randomUUID()).then().statusCode(404);
        given().delete("/v1/communities/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void staleIfMatchIs412AndConcurrentWritersGetOneWinner() throws Exception {
        Map<String, Object> body = Communities.cohort(unique("Race"));
        String id = Communities.createId(body);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> change = Communities.cohort(body.get("name") + " v" + i);
                writers.add(() -> given().contentType("application/json").header("If-Match", "\"0\"")
                        .body(change).put("/v1/communities/" + id).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> writer : pool.invokeAll(writers)) {
                statuses.add(writer.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().get("/v1/communities/" + id).then().header("ETag", "\"1\"").body("version", equalTo(1));
        given().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/v1/communities/" + id).then().statusCode(412)
                .body("type", equalTo("urn:coalition:problem:precondition-failed"));
        given().contentType("application/json").header("If-Match", "1").body(body)
                .put("/v1/communities/" + id).then().statusCode(400)
                .body("type", equalTo("urn:coalition:problem:bad-header"));
    }

    @Test
    void putKeepsTheStatusWhenAbsentAndChecksOnlyANewFacilitator() throws Exception {
        UUID facilitator = Fixtures.organisation("Facilitator to archive");
        Map<String, Object> body = Communities.cohort(unique("Keep"));
        body.put("facilitatorPartnerId", facilitator.toString());
        body.put("status", "active");
        String id = Communities.createId(body);
        Fixtures.archive(facilitator);

        body.remove("status");
        body.put("description", "Changed after the facilitator was archived");
        given().contentType("application/json").body(body).put("/v1/communities/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("active"))
                .body("description", equalTo("Changed after the facilitator was archived"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        Map<String, Object> body = Communities.cohort(unique("Patch"));
        body.put("names", Map.of("ms", "Tampalan", "es", "Parche"));
        String id = Communities.createId(body);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"description\": null, \"names\": {\"ms\": null, \"ur\": \"پیوند\"}, \"status\": \"active\"}")
                .patch("/v1/communities/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("description", nullValue())
                .body("names.ms", nullValue())
                .body("names.es", equalTo("Parche"))
                .body("names.ur", equalTo("پیوند"))
                .body("status", equalTo("active"))
                .body("countries", contains("MY", "PE", "PK"));
        given().contentType("application/merge-patch+json").body("{\"cohortEndsOn\": \"2020-01-01\"}")
                .patch("/v1/communities/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("cohortEndsOn"));
        given().contentType("application/merge-patch+json").body("{\"name\": \"\"}")
                .patch("/v1/communities/" + id).then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType("application/merge-patch+json").body("{\"countries\": \"MY\"}")
                .patch("/v1/communities/" + id).then().statusCode(400).body("errors[0].field", equalTo("countries"));
        given().contentType("application/merge-patch+json").body("[1]")
                .patch("/v1/communities/" + id).then().statusCode(400);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{}")
                .patch("/v1/communities/" + id).then().statusCode(412);
    }

    @Test
    void deleteClosesAndIsIdempotent() {
        String id = Communities.createId(Communities.cohort(unique("Close")));
        given().header("If-Match", "\"5\"").delete("/v1/communities/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete("/v1/communities/" + id).then().statusCode(204);
        given().delete("/v1/communities/" + id).then().statusCode(204);
        given().get("/v1/communities/" + id).then().statusCode(200)
                .body("status", equalTo("closed")).body("version", equalTo(1));
    }

    @Test
    void idempotencyKeyReplaysTheCreation() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Communities.cohort(unique("Idempotent"));
        Response first = given().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/v1/communities");
        first.then().statusCode(201);
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/communities")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", "\"0\"")
                .body("id", equalTo(first.path("id")));
        given().queryParam("q", body.get("name")).get("/v1/communities").then().body("items", hasSize(1));
        body.put("description", "another body");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/communities")
                .then().statusCode(422).body("type", equalTo("urn:coalition:problem:idempotency-key-reused"));
    }
}
