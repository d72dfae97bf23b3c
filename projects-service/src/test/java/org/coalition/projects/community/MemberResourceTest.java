package org.coalition.projects.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coalition.projects.Fixtures;
import org.coalition.projects.replica.PartnerEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

    private static String community() {
        return Communities.createId(Communities.cohort("Members " + UUID.randomUUID()));
    }

    private static String members(String communityId) {
        return "/v1/communities/" + communityId + "/members";
    }

    @Test
    void addReturnsTheMembershipWithLocationAndETag() throws Exception {
        String communityId = community();
        UUID person = Fixtures.person("Nurul Huda");
        UUID ministry = Fixtures.organisation("Ministry of Education Malaysia");
        Map<String, Object> body = Communities.member(person, "member");
        body.put("affiliationPartnerId", ministry.toString());
        Response added = given().contentType("application/json").body(body).post(members(communityId));
        added.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith("/v1/communities/" + communityId + "/members/" + person))
                .body("communityId", equalTo(communityId))
                .body("personId", equalTo(person.toString()))
                .body("affiliationPartnerId", equalTo(ministry.toString()))
                .body("role", equalTo("member"))
                .body("joinedOn", equalTo("2025-03-01"))
                .body("leftOn", nullValue())
                .body("version", equalTo(0));
        given().get(added.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("createdAt", equalTo(added.path("createdAt")));
    }

    @Test
    void namesFollowRenamesAndErasureRemovesThePersonsName() throws Exception {
        String communityId = community();
        UUID person = Fixtures.person("Ayesha Khan");
        UUID institute = Fixtures.organisation("Institute of Social and Policy Sciences");
        Map<String, Object> body = Communities.member(person, "member");
        body.put("affiliationPartnerId", institute.toString());
        given().contentType("application/json").body(body).post(members(communityId)).then().statusCode(201)
                .body("name", equalTo("Ayesha Khan"))
                .body("affiliationName", equalTo("Institute of Social and Policy Sciences"));
        String path = members(communityId) + "/" + person;

        PartnerEvents.send("org.coalition.person.updated", person, PartnerEvents.person(person, "Dr Ayesha Khan", 1));
        PartnerEvents.send("org.coalition.partner.updated", institute,
                PartnerEvents.organisation(institute, "I-SAPS", "active", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> "I-SAPS".equals(given().get(path).path("affiliationName")));
        given().get(members(communityId)).then().body("items[0].name", equalTo("Dr Ayesha Khan"))
                .body("items[0].affiliationName", equalTo("I-SAPS"));

        PartnerEvents.send("org.coalition.person.erased", person, Map.of("id", person.toString(), "version", 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(path).path("name") == null);
        given().get(path).then().statusCode(200).body("personId", equalTo(person.toString()));
    }

    @Test
    void aPersonIsAMemberOnce() throws Exception {
        String communityId = community();
        UUID person = Fixtures.person("Once");
        Communities.addMember(communityId, person, "member");
        given().contentType("application/json").body(Communities.member(person, "mentor")).post(members(communityId))
                .then().statusCode(409)
                .body("type", equalTo("urn:coalition:problem:conflict"))
                .body("errors[0].field", equalTo("personId"));
        Communities.addMember(community(), person, "expert");
    }

    @Test
    void concurrentAddsOfOnePersonHaveOneWinner() throws Exception {
        String communityId = community();
        UUID person = Fixtures.person("Raced");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> adders = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                adders.add(() -> given().contentType("application/json").body(Communities.member(person, "member"))
                        .post(members(communityId)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> adder : pool.invokeAll(adders)) {
                statuses.add(adder.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePersonAndTheAffiliationAreCheckedAgainstTheReplica() throws Exception {
        String communityId = community();
        given().contentType("application/json").body(Communities.member(UUID.randomUUID(), "member"))
                .post(members(communityId)).then().statusCode(422)
                .body("type", equalTo("urn:coalition:problem:unprocessable"))
                .body("errors[0].field", equalTo("personId"));
        given().contentType("application/json").body(Communities.member(Fixtures.erasedPerson(), "member"))
                .post(members(communityId)).then().statusCode(409)
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].message", containsString("erased"));

        Map<String, Object> body = Communities.member(Fixtures.person("Affiliated"), "member");
        body.put("affiliationPartnerId", UUID.randomUUID().toString());
        given().contentType("application/json").body(body).post(members(communityId)).then().statusCode(422)
                .body("errors[0].field", equalTo("affiliationPartnerId"));
        body.put("affiliationPartnerId", Fixtures.archivedOrganisation().toString());
        given().contentType("application/json").body(body).post(members(communityId)).then().statusCode(409)
                .body("errors[0].field", equalTo("affiliationPartnerId"));
    }

    @Test
    void bodiesAreValidated() throws Exception {
        String communityId = community();
        UUID person = Fixtures.person("Dates");
        Map<String, Object> body = Communities.member(person, "member");
        body.put("leftOn", "2025-02-01");
        given().contentType("application/json").body(body).post(members(communityId)).then().statusCode(400)
                .body("errors[0].field", equalTo("leftOn"));
        given().contentType("application/json").body(Map.of("role", "member")).post(members(communityId)).then()
                .statusCode(400).body("errors[0].field", equalTo("personId"));
        given().contentType("application/json").body(Map.of("personId", person.toString(), "role", "chair"))
                .post(members(communityId)).then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().contentType("application/json").body(Map.of("personId", "someone", "role", "member"))
                .post(members(communityId)).then().statusCode(400).body("errors[0].field", equalTo("personId"));
    }

    @Test
    void unknownCommunitiesAndNonMembersAre404() throws Exception {
        UUID person = Fixtures.person("Nowhere");
        given().contentType("application/json").body(Communities.member(person, "member"))
                .post(members(UUID.randomUUID().toString())).then().statusCode(404);
        given().get(members(UUID.randomUUID().toString())).then().statusCode(404);
        given().get(members(community()) + "/" + person).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void replacePatchAndRemoveHonourIfMatch() throws Exception {
        String communityId = community();
        UUID person = Fixtures.person("Changing");
        Communities.addMember(communityId, person, "member");
        String path = members(communityId) + "/" + person;

        Map<String, Object> body = Communities.member(person, "mentor");
        body.put("leftOn", "2026-02-28");
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).put(path).then()
                .statusCode(200).header("ETag", "\"1\"").body("role", equalTo("mentor"))
                .body("leftOn", equalTo("2026-02-28"));
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).put(path).then()
                .statusCode(412);
        body.put("personId", UUID.randomUUID().toString());
        given().contentType("application/json").body(body).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("personId"));

        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"leftOn\": null, \"role\": \"expert\"}").patch(path).then()
                .statusCode(200).header("ETag", "\"2\"").body("role", equalTo("expert"))
                .body("leftOn", nullValue()).body("joinedOn", equalTo("2025-03-01"));
        given().contentType("application/merge-patch+json").body("{\"leftOn\": \"2020-01-01\"}").patch(path).then()
                .statusCode(400).body("errors[0].field", equalTo("leftOn"));

        given().header("If-Match", "\"1\"").delete(path).then().statusCode(412);
        given().header("If-Match", "\"2\"").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().delete(path).then().statusCode(404);
    }

    @Test
    void membersArePagedInTheOrderTheyWereAdded() throws Exception {
        String communityId = community();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID person = Fixtures.person("Paged " + i);
            Communities.addMember(communityId, person, "member");
            added.add(person.toString());
        }
        Response first = given().queryParam("limit", 2).get(members(communityId));
        first.then().statusCode(200).body("items", hasSize(2));
        List<String> seen = new ArrayList<>(first.path("items.personId"));
        given().queryParam("limit", 2).queryParam("cursor", (String) first.path("next")).get(members(communityId))
                .then().statusCode(200).body("next", nullValue())
                .extract().<List<String>>path("items.personId").forEach(seen::add);
        assertThat(seen).containsExactlyElementsOf(added);
    }

    @Test
    void idempotencyKeyReplaysTheAddition() throws Exception {
        String communityId = community();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Communities.member(Fixtures.person("Retried"), "facilitator");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post(members(communityId))
                .then().statusCode(201);
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post(members(communityId))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("role", equalTo("facilitator"));
    }
}
