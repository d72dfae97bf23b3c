package org.coalition.partners.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {

    @Inject
    ObjectMapper mapper;

    private static String organisation(String name) {
        Map<String, Object> body = Map.of("name", name, "type", "national-ngo", "country", "KH", "level", "national");
        return given().contentType("application/json").body(body).post("/v1/partners")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> person(String name, String partnerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", UUID.randomUUID() + "@example.org");
        body.put("phone", "+855 23 123 456");
        body.put("country", "KH");
        body.put("languages", List.of("km", "en"));
        body.put("gender", "woman");
        body.put("affiliations", List.of(Map.of("partnerId", partnerId, "title", "Programme manager",
                "from", "2021-01-01", "primary", true)));
        return body;
    }

    private static String create(Map<String, Object> body) {
        return given().contentType("application/json; charset=UTF-8").body(body).post("/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void registersAPersonWithAffiliations() {
        String partnerId = organisation("Affiliating NGO " + UUID.randomUUID());
        Map<String, Object> body = person("Sokha Chan", partnerId);
        given().contentType("application/json").body(body).post("/v1/people").then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("name", equalTo("Sokha Chan"))
                .body("erased", equalTo(false))
                .body("affiliations[0].partnerId", equalTo(partnerId))
                .body("affiliations[0].from", equalTo("2021-01-01"));
    }

    @Test
    void everyBrokenRuleIsReported() {
        String partnerId = organisation("Rules NGO " + UUID.randomUUID());
        Map<String, Object> body = person("Rules", partnerId);
        body.put("country", "Cambodia");
        body.put("languages", List.of("km", "not a tag"));
        body.put("genderDescription", "in my words");
        body.put("affiliations", List.of(
                Map.of("partnerId", partnerId, "from", "2022-01-01", "to", "2021-01-01", "primary", true),
                Map.of("partnerId", partnerId, "primary", true)));
        given().contentType("application/json").body(body).post("/v1/people").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("country", "languages[1]", "genderDescription",
                        "affiliations", "affiliations[0].to"));
        body = person("Phone", partnerId);
        body.put("phone", "call me");
        body.put("email", "nope");
        given().contentType("application/json").body(body).post("/v1/people").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("phone", "email"));
    }

    @Test
    void affiliationsNeedAnExistingActiveOrganisation() {
        given().contentType("application/json").body(person("Unknown org", UUID.randomUUID().toString()))
                .post("/v1/people").then()
                .statusCode(422).body("errors[0].field", equalTo("affiliations[0].partnerId"));

        String archived = organisation("Archived NGO " + UUID.randomUUID());
        String active = organisation("Active NGO " + UUID.randomUUID());
        String id = create(person("Loyal", archived));
        given().delete("/v1/partners/" + archived).then().statusCode(204);

        given().contentType("application/json").body(person("New joiner", archived)).post("/v1/people").then()
                .statusCode(409).body("errors[0].field", equalTo("affiliations[0].partnerId"));
        Map<String, Object> kept = person("Loyal", archived);
        kept.put("affiliations", List.of(
                Map.of("partnerId", archived, "primary", false),
                Map.of("partnerId", active, "primary", true)));
        given().contentType("application/json").body(kept).put("/v1/people/" + id).then()
                .statusCode(200).body("affiliations", hasSize(2));
    }

    @Test
    void emailIsUniqueWithoutRegardToCase() {
        String partnerId = organisation("Email NGO " + UUID.randomUUID());
        Map<String, Object> first = person("First", partnerId);
        create(first);
        Map<String, Object> second = person("Second", partnerId);
        second.put("email", ((String) first.get("email")).toUpperCase());
        given().contentType("application/json").body(second).post("/v1/people").then()
                .statusCode(409).body("errors[0].field", equalTo("email"));
    }

    @Test
    void erasureLeavesATombstoneEverywhereAndIsPublished() throws Exception {
        String partnerId = organisation("Erasure NGO " + UUID.randomUUID());
        Map<String, Object> body = person("Dara Erasable " + UUID.randomUUID(), partnerId);
        String id = create(body);
        String since = Instant.now().minusSeconds(1).toString();

        given().delete("/v1/people/" + id).then().statusCode(204);
        given().delete("/v1/people/" + id).then().statusCode(204);

        given().get("/v1/people/" + id).then().statusCode(200)
                .body("erased", equalTo(true))
                .body("name", nullValue())
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("gender", nullValue())
                .body("affiliations", empty());
        given().queryParam("q", body.get("name")).get("/v1/people").then().body("items", empty());
        given().queryParam("partnerId", partnerId).get("/v1/people").then().body("items", empty());
        given().queryParam("updatedSince", since).queryParam("limit", 500).get("/v1/people").then()
                .body("items.find { it.id == '" + id + "' }.erased", equalTo(true));
        String csv = given().accept("text/csv").queryParam("updatedSince", since).get("/v1/people").asString();
        assertThat(csv).contains(id).doesNotContain((String) body.get("name")).doesNotContain((String) body.get("email"));
        given().contentType("application/json").body(body).put("/v1/people/" + id).then().statusCode(410);
        create(body);

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(PersonService.TOPIC)) {
            List<ConsumerRecord<String, String>> mine = KafkaTopics.readUntil(consumer,
                            read -> read.stream().filter(r -> id.equals(r.key())).count() >= 2, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).hasSize(2);
            JsonNode erased = mapper.readTree(mine.get(1).value());
            assertThat(erased.get("type").asText()).isEqualTo("org.coalition.person.erased");
            assertThat(erased.get("data").get("erased").asBoolean()).isTrue();
            assertThat(erased.get("data").get("name").isNull()).isTrue();
            assertThat(mine.get(1).value()).doesNotContain((String) body.get("email"));
        }
    }

    @Test
    void listsByAffiliationAndSearch() {
        String partnerId = organisation("List NGO " + UUID.randomUUID());
        String token = UUID.randomUUID().toString().substring(0, 8);
        String peru = create(person("José Peña " + token, partnerId));
        given().queryParam("partnerId", partnerId).get("/v1/people").then().body("items.id", contains(peru));
        given().queryParam("q", "jose pena " + token).get("/v1/people").then().body("items.id", contains(peru));
        given().queryParam("partnerId", "nope").get("/v1/people").then().statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
    }

    @Test
    void mergePatchAndIfMatch() {
        String partnerId = organisation("Patch NGO " + UUID.randomUUID());
        String id = create(person("Patchable", partnerId));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"phone\": null, \"gender\": null, \"genderDescription\": \"two-spirit\"}")
                .patch("/v1/people/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("phone", nullValue())
                .body("genderDescription", equalTo("two-spirit"))
                .body("name", not(nullValue()));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"phone\": null}")
                .patch("/v1/people/" + id).then().statusCode(412);
    }
}
