package org.coalition.partners.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerResourceTest {

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    @Test
    void createReturnsTheRepresentationWithLocationAndETag() {
        Map<String, Object> body = Partners.ngo(unique("NGO Education Partnership"));
        body.put("names", Map.of("km", "គណៈកម្មាធិការអប់រំ", "fr", "Partenariat des ONG pour l'éducation"));
        body.put("identifiers", List.of(Map.of("scheme", "kh-moi", "value", UUID.randomUUID().toString())));
        Response created = given().contentType("application/json").body(body).post("/v1/partners");
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("id", not(nullValue()))
                .body("type", equalTo("national-ngo"))
                .body("iatiTypeCode", equalTo(22))
                .body("status", equalTo("active"))
                .body("themes", contains("teacher-development", "access-out-of-school"))
                .body("version", equalTo(0));

        given().get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name")))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void acceptLanguagePicksTheBestTranslatedName() {
        Map<String, Object> body = Partners.ngo(unique("Ministry of Education, Youth and Sport"));
        body.put("type", "government");
        body.put("names", Map.of("km", "ក្រសួងអប់រំ យុវជន និងកីឡា", "fr", "Ministère de l'Éducation"));
        String id = Partners.createId(body);
        given().header("Accept-Language", "km-KH, en;q=0.5").get("/v1/partners/" + id)
                .then().statusCode(200).body("name", equalTo("ក្រសួងអប់រំ យុវជន និងកីឡា"));
        given().header("Accept-Language", "de").get("/v1/partners/" + id)
                .then().statusCode(200).body("name", equalTo(body.get("name")));
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        Map<String, Object> body = Partners.ngo(unique("Broken"));
        body.put("country", "XX");
        body.put("level", "subnational");
        body.put("subdivision", "PE-LIM");
        body.put("countriesOfOperation", List.of("KH", "ZZ"));
        body.put("sdg4Targets", List.of("4.9"));
        body.put("names", Map.of("not a tag!", "x"));
        body.put("website", "ftp://example.org");
        body.put("email", "not-an-email");
        body.put("status", "merged");
        body.put("identifiers", List.of(Map.of("scheme", "iati", "value", "A"), Map.of("scheme", "iati", "value", "A")));
        given().contentType("application/json").body(body).post("/v1/partners").then()
                .statusCode(400)
                .body("type", equalTo("urn:coalition:problem:validation"))
                .body("errors.field", hasItem("email"));
        body.put("email", "info@example.org");
        given().contentType("application/json").body(body).post("/v1/partners").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("country", "subdivision", "countriesOfOperation[1]",
                        "sdg4Targets[0]", "names.not a tag!", "website", "status", "identifiers[1]"));
    }

    @Test
    void requiredFieldsAndEnumsAreChecked() {
        given().contentType("application/json").body(Map.of("acronym", "X")).post("/v1/partners").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("name", "type", "level"));
        Map<String, Object> body = Partners.ngo(unique("Enum"));
        body.put("themes", List.of("astronomy"));
        given().contentType("application/json").body(body).post("/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("themes[0]"));
        body = Partners.ngo(unique("No country"));
        body.remove("country");
        given().contentType("application/json").body(body).post("/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("country"));
    }

    @Test
    void anIdentifierNamesOneOrganisationOnly() {
        Map<String, Object> identifier = Map.of("scheme", "iati", "value", "XM-" + UUID.randomUUID());
        Map<String, Object> first = Partners.ngo(unique("First"));
        first.put("identifiers", List.of(identifier));
        String holder = Partners.createId(first);
        Map<String, Object> second = Partners.ngo(unique("Second"));
        second.put("identifiers", List.of(identifier));
        given().contentType("application/json").body(second).post("/v1/partners").then()
                .statusCode(409)
                .body("errors[0].field", equalTo("identifiers[0]"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(holder));
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        given().get("/v1/partners/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:coalition:problem:not-found"));
        given().get("/v1/partners/12345").then().statusCode(404);
    }

    @Test
    void staleIfMatchIs412AndConcurrentWritersGetOneWinner() throws Exception {
        Map<String, Object> body = Partners.ngo(unique("Race"));
        String id = Partners.createId(body);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> change = Partners.ngo(body.get("name") + " v" + i);
                writers.add(() -> given().contentType("application/json").header("If-Match", "\"0\"")
                        .body(change).put("/v1/partners/" + id).statusCode());
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
        given().get("/v1/partners/" + id).then().header("ETag", "\"1\"").body("version", equalTo(1));
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        Map<String, Object> body = Partners.ngo(unique("Patch"));
        body.put("names", Map.of("fr", "Patch FR", "es", "Patch ES"));
        String id = Partners.createId(body);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"acronym\": null, \"names\": {\"fr\": null, \"km\": \"ប៉ាច\"}, \"themes\": [\"primary\"]}")
                .patch("/v1/partners/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("acronym", nullValue())
                .body("names.fr", nullValue())
                .body("names.es", equalTo("Patch ES"))
                .body("names.km", equalTo("ប៉ាច"))
                .body("themes", contains("primary"))
                .body("country", equalTo("KH"));
        given().contentType("application/merge-patch+json").body("{\"country\": \"ZZ\"}")
                .patch("/v1/partners/" + id).then().statusCode(400).body("errors[0].field", equalTo("country"));
        given().contentType("application/merge-patch+json").body("{\"name\": \"\"}")
                .patch("/v1/partners/" + id).then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType("application/merge-patch+json").body("[1]")
                .patch("/v1/partners/" + id).then().statusCode(400);
    }

    @Test
    void deleteArchivesAndIsIdempotent() {
        String id = Partners.createId(Partners.ngo(unique("Archive")));
        given().delete("/v1/partners/" + id).then().statusCode(204);
        given().delete("/v1/partners/" + id).then().statusCode(204);
        given().get("/v1/partners/" + id).then().statusCode(200).body("status", equalTo("archived")).body("version", equalTo(1));
    }

    @Test
    void idempotencyKeyReplaysTheCreation() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Partners.ngo(unique("Idempotent"));
        String first = given().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/v1/partners").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/partners")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("q", body.get("name")).get("/v1/partners").then().body("items", hasSize(1));
    }

    @Test
    void byIdentifierCreatesThenUpdatesTheSameOrganisation() {
        String value = "REG-" + UUID.randomUUID();
        Map<String, Object> body = Partners.ngo(unique("By identifier"));
        String id = given().contentType("application/json").body(body)
                .put("/v1/partners/by-identifier/kh-moi/" + value).then().statusCode(201)
                .body("identifiers.value", hasItem(value)).extract().path("id");
        body.put("acronym", "BYID");
        given().contentType("application/json").body(body).put("/v1/partners/by-identifier/kh-moi/" + value)
                .then().statusCode(200).body("id", equalTo(id)).body("acronym", equalTo("BYID")).body("version", equalTo(1));
        given().contentType("application/json").body(body).put("/v1/partners/by-identifier/kh-moi/" + value)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        given().queryParam("identifier", "kh-moi:" + value).get("/v1/partners")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
        given().contentType("application/json").body(body).put("/v1/partners/by-identifier/KH MOI/" + value)
                .then().statusCode(400);
    }

    @Test
    void controlledListsAreExposed() {
        given().get("/v1/partners/themes").then().statusCode(200)
                .body("id", hasItem("parental-involvement")).body("id", hasSize(15));
        given().get("/v1/partners/types").then().statusCode(200)
                .body("find { it.id == 'multilateral' }.iatiCode", equalTo(40));
    }
}
