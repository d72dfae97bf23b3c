package org.coalition.projects.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MilestoneResourceTest {

    private static String project() throws Exception {
        Projects in = Projects.inNewCommunity();
        return Projects.createId(in.project("Milestones " + UUID.randomUUID()));
    }

    private static Map<String, Object> milestone(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("dueOn", "2025-09-30");
        return body;
    }

    private static String milestones(String projectId) {
        return "/v1/projects/" + projectId + "/milestones";
    }

    @Test
    void addReturnsAPlannedMilestoneWithLocationAndETag() throws Exception {
        String projectId = project();
        Response added = given().contentType("application/json").body(milestone("Policy brief presented"))
                .post(milestones(projectId));
        added.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString(milestones(projectId) + "/"))
                .body("projectId", equalTo(projectId))
                .body("status", equalTo("planned"))
                .body("dueOn", equalTo("2025-09-30"))
                .body("completedOn", nullValue());
        given().get(added.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo("Policy brief presented"));
    }

    @Test
    void completedOnGoesWithDoneOnly() throws Exception {
        String projectId = project();
        Map<String, Object> body = milestone("Done without a date");
        body.put("status", "done");
        given().contentType("application/json").body(body).post(milestones(projectId)).then().statusCode(400)
                .body("errors[0].field", equalTo("completedOn"));
        body.put("status", "missed");
        body.put("completedOn", "2025-09-01");
        given().contentType("application/json").body(body).post(milestones(projectId)).then().statusCode(400)
                .body("errors[0].field", equalTo("completedOn"));
        given().contentType("application/json").body(Map.of("title", "")).post(milestones(projectId)).then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("dueOn", "title"));
        body = milestone("Status");
        body.put("status", "late");
        given().contentType("application/json").body(body).post(milestones(projectId)).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void replacePatchAndRemoveHonourIfMatch() throws Exception {
        String projectId = project();
        String path = given().contentType("application/json").body(milestone("Survey of parents"))
                .post(milestones(projectId)).then().statusCode(201).extract().header("Location");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\": \"done\", \"completedOn\": \"2025-09-12\"}").patch(path).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("done"))
                .body("completedOn", equalTo("2025-09-12")).body("title", equalTo("Survey of parents"));
        given().contentType("application/merge-patch+json").body("{\"status\": \"missed\"}").patch(path).then()
                .statusCode(400).body("errors[0].field", equalTo("completedOn"));
        Map<String, Object> body = milestone("Survey of parents, second round");
        body.put("status", "missed");
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412);
        given().contentType("application/json").header("If-Match", "\"1\"").body(body).put(path).then()
                .statusCode(200).header("ETag", "\"2\"").body("completedOn", nullValue());
        given().header("If-Match", "\"1\"").delete(path).then().statusCode(412);
        given().header("If-Match", "\"2\"").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownProjectsAndMilestonesAre404() throws Exception {
        given().contentType("application/json").body(milestone("Nowhere"))
                .post(milestones(UUID.randomUUID().toString())).then().statusCode(404);
        given().get(milestones(UUID.randomUUID().toString())).then().statusCode(404);
        given().get(milestones(project()) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void milestonesArePagedAndAddsAreIdempotent() throws Exception {
        String projectId = project();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add(given().contentType("application/json").body(milestone("Step " + i)).post(milestones(projectId))
                    .then().statusCode(201).extract().path("id"));
        }
        Response first = given().queryParam("limit", 2).get(milestones(projectId));
        List<String> seen = new ArrayList<>(first.path("items.id"));
        seen.addAll(given().queryParam("limit", 2).queryParam("cursor", (String) first.path("next"))
                .get(milestones(projectId)).then().statusCode(200).body("next", nullValue())
                .extract().<List<String>>path("items.id"));
        assertThat(seen).containsExactlyElementsOf(added);

        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key).body(milestone("Once"))
                .post(milestones(projectId)).then().statusCode(201);
        given().contentType("application/json").header("Idempotency-Key", key).body(milestone("Once"))
                .post(milestones(projectId)).then().statusCode(201).header("Idempotent-Replayed", "true");
        given().queryParam("limit", 10).get(milestones(projectId)).then().body("items.title",
                org.hamcrest.Matchers.hasSize(4));
    }
}
