package org.coalition.projects.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.Fixtures;
import org.coalition.projects.community.Communities;
import org.coalition.projects.project.Projects;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressResourceTest {

    /** A project whose lead writes updates, with a facilitator and a plain member in its community. */
    private record Setting(String projectId, UUID author, UUID facilitator, UUID member) {

        String updates() {
            return "/v1/projects/" + projectId + "/updates";
        }
    }

    private static Setting setting() throws Exception {
        Projects in = Projects.inNewCommunity();
        String projectId = Projects.createId(in.project("Updates " + UUID.randomUUID()));
        UUID facilitator = Fixtures.person("Facilitator " + UUID.randomUUID());
        Communities.addMember(in.communityId, facilitator, "facilitator");
        UUID member = Fixtures.person("Member " + UUID.randomUUID());
        Communities.addMember(in.communityId, member, "member");
        return new Setting(projectId, in.lead, facilitator, member);
    }

    private static Map<String, Object> update(UUID author) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedOn", "2025-06-30");
        body.put("authorPersonId", author.toString());
        body.put("summary", "Three district consultations held; the draft brief is with the state department.");
        body.put("rating", "on-track");
        return body;
    }

    private static String create(Setting s) {
        return given().contentType("application/json").body(update(s.author())).post(s.updates())
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> review(UUID reviewer, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewerPersonId", reviewer.toString());
        body.put("comment", comment);
        return body;
    }

    @Test
    void anUpdateIsDraftedSubmittedAndApprovedByAFacilitator() throws Exception {
        Setting s = setting();
        given().contentType("application/json").body(update(s.author())).post(s.updates()).then().statusCode(201)
                .header("Location", containsString(s.updates() + "/"))
                .header("ETag", "\"0\"")
                .body("review", equalTo("draft"))
                .body("authorName", notNullValue())
                .body("submittedAt", nullValue());
        String id = given().get(s.updates()).then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        String path = s.updates() + "/" + id;

        given().header("If-Match", "\"0\"").post(path + "/submit").then().statusCode(200)
                .header("ETag", "\"1\"").body("review", equalTo("submitted")).body("submittedAt", notNullValue());
        given().contentType("application/json").body(review(s.facilitator(), "Clear and complete."))
                .post(path + "/approve").then().statusCode(200)
                .body("review", equalTo("approved"))
                .body("reviewerPersonId", equalTo(s.facilitator().toString()))
                .body("reviewerName", notNullValue())
                .body("reviewComment", equalTo("Clear and complete."))
                .body("reviewedAt", notNullValue());
        given().get(s.updates() + "?review=approved").then().statusCode(200).body("items", hasSize(1));
        given().get(s.updates() + "?review=draft").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aReturnedUpdateIsRevisedAndSubmittedAgain() throws Exception {
        Setting s = setting();
        String path = s.updates() + "/" + create(s);
        given().post(path + "/submit").then().statusCode(200);
        given().contentType("application/json").body(review(s.facilitator(), null)).post(path + "/return").then()
                .statusCode(400).body("errors[0].field", equalTo("comment"));
        given().contentType("application/json").body(review(s.facilitator(), "Add the number of schools reached."))
                .post(path + "/return").then().statusCode(200).body("review", equalTo("returned"));
        given().contentType("application/merge-patch+json").body(Map.of("summary", "Consultations held in 42 schools.",
                "rating", "at-risk")).patch(path).then().statusCode(200)
                .body("summary", equalTo("Consultations held in 42 schools.")).body("rating", equalTo("at-risk"))
                .body("review", equalTo("returned"));
        given().post(path + "/submit").then().statusCode(200).body("review", equalTo("submitted"));
    }

    @Test
    void submittedAndApprovedUpdatesCannotChange() throws Exception {
        Setting s = setting();
        String path = s.updates() + "/" + create(s);
        given().contentType("application/json").body(review(s.facilitator(), "ok")).post(path + "/approve").then()
                .statusCode(409).body("detail", containsString("only a submitted update"));
        given().post(path + "/submit").then().statusCode(200);
        given().post(path + "/submit").then().statusCode(409);
        given().contentType("application/json").body(update(s.author())).put(path).then().statusCode(409);
        given().delete(path).then().statusCode(409);
        given().contentType("application/json").body(review(s.facilitator(), null)).post(path + "/approve").then()
                .statusCode(200);
        given().contentType("application/json").body(review(s.facilitator(), "again")).post(path + "/return").then()
                .statusCode(409);
        given().delete(path).then().statusCode(409);
    }

    @Test
    void onlyAFacilitatorWhoIsNotTheAuthorReviews() throws Exception {
        Setting s = setting();
        String path = s.updates() + "/" + create(s);
        given().post(path + "/submit").then().statusCode(200);
        given().contentType("application/json").body(review(s.member(), null)).post(path + "/approve").then()
                .statusCode(422).body("errors[0].field", equalTo("reviewerPersonId"))
                .body("errors[0].message", containsString("only facilitators"));
        given().contentType("application/json").body(review(UUID.randomUUID(), null)).post(path + "/approve").then()
                .statusCode(422).body("errors[0].message", containsString("not a member"));
        given().contentType("application/json").body(review(s.author(), null)).post(path + "/approve").then()
                .statusCode(422).body("errors[0].field", equalTo("reviewerPersonId"));
        given().get(path).then().statusCode(200).body("review", equalTo("submitted"));
    }

    @Test
    void theAuthorIsAMemberAndStaysTheSame() throws Exception {
        Setting s = setting();
        given().contentType("application/json").body(update(UUID.randomUUID())).post(s.updates()).then()
                .statusCode(422).body("errors[0].field", equalTo("authorPersonId"));
        Map<String, Object> future = update(s.author());
        future.put("reportedOn", LocalDate.now().plusDays(2).toString());
        given().contentType("application/json").body(future).post(s.updates()).then()
                .statusCode(422).body("errors[0].field", equalTo("reportedOn"));
        String path = s.updates() + "/" + create(s);
        given().contentType("application/json").body(update(s.member())).put(path).then()
                .statusCode(422).body("errors[0].field", equalTo("authorPersonId"));
    }

    @Test
    void badInputAndMissingThingsAreClearProblems() throws Exception {
        Setting s = setting();
        given().contentType("application/json").body(Map.of("rating", "green")).post(s.updates()).then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of()).post(s.updates()).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("reportedOn", "authorPersonId", "summary", "rating"));
        given().get(s.updates() + "?review=pending").then().statusCode(400).body("errors[0].field", equalTo("review"));
        given().get(s.updates() + "/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/v1/projects/" + UUID.randomUUID() + "/updates").then().statusCode(404);
        String path = s.updates() + "/" + create(s);
        given().header("If-Match", "\"7\"").post(path + "/submit").then().statusCode(412);
        given().header("If-Match", "\"0\"").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }
}
