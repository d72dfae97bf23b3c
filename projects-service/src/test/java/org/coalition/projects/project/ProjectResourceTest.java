package org.coalition.projects.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import org.coalition.projects.community.Communities;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    @Test
    void createReturnsTheRepresentationWithIatiCodesLocationAndETag() throws Exception {
        Projects in = Projects.inNewCommunity();
        UUID implementer = Fixtures.organisation("Implementer");
        Map<String, Object> body = in.project(unique("Parental involvement in Malaysia"));
        body.put("participatingPartners", List.of(Map.of("partnerId", in.funder.toString(), "role", "funding"),
                Map.of("partnerId", implementer.toString(), "role", "implementing")));
        body.put("iatiIdentifier", "XM-DAC-41304-" + UUID.randomUUID());
        Response created = given().contentType("application/json").body(body).post("/v1/projects");
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/v1/projects/"))
                .body("communityId", equalTo(in.communityId))
                .body("leadMemberPersonIds", contains(in.lead.toString()))
                .body("subdivisions", contains("MY-10"))
                .body("themes", contains("parental-involvement", "primary"))
                .body("policyLevel", equalTo("subnational"))
                .body("status", equalTo("pipeline"))
                .body("iatiActivityStatus", equalTo(1))
                .body("participatingPartners.role", contains("funding", "implementing"))
                .body("participatingPartners.iatiRoleCode", contains(1, 4))
                .body("participatingPartners[1].name", equalTo("Implementer"))
                .body("iatiIdentifier", equalTo(body.get("iatiIdentifier")))
                .body("version", equalTo(0));
        given().get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() throws Exception {
        Projects in = Projects.inNewCommunity();
        Map<String, Object> body = in.project(unique("Broken"));
        body.put("endsOn", "2025-01-01");
        body.put("countries", List.of("MY", "ZZ"));
        body.put("subdivisions", List.of("PE-LIM"));
        body.put("participatingPartners", List.of(Map.of("partnerId", in.funder.toString(), "role", "funding"),
                Map.of("partnerId", in.funder.toString(), "role", "funding")));
        body.put("iatiIdentifier", "has spaces in it");
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(400)
                .body("errors.field", hasSize(1)).body("errors[0].field", equalTo("iatiIdentifier"));
        body.remove("iatiIdentifier");
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("endsOn", "countries[1]", "subdivisions[0]",
                        "participatingPartners[1]"));
        given().contentType("application/json").body(Map.of("summary", "x")).post("/v1/projects").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("communityId", "title"));
        body = in.project(unique("Enums"));
        body.put("status", "proposed");
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        body = in.project(unique("Enums"));
        body.put("participatingPartners", List.of(Map.of("partnerId", in.funder.toString(), "role", "donor")));
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("participatingPartners[0].role"));
    }

    @Test
    void referencesAreCheckedAgainstTheCommunityAndTheReplica() throws Exception {
        Projects in = Projects.inNewCommunity();
        Map<String, Object> body = in.project(unique("References"));
        body.put("communityId", UUID.randomUUID().toString());
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(422)
                .body("errors[0].field", equalTo("communityId"));

        body = in.project(unique("References"));
        UUID stranger = Fixtures.person("Not a member");
        body.put("leadMemberPersonIds", List.of(in.lead.toString(), stranger.toString()));
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(422)
                .body("type", equalTo("urn:coalition:problem:unprocessable"))
                .body("errors[0].field", equalTo("leadMemberPersonIds[1]"))
                .body("errors[0].message", containsString("not a member"));

        body = in.project(unique("References"));
        body.put("participatingPartners", List.of(Map.of("partnerId", in.funder.toString(), "role", "funding"),
                Map.of("partnerId", UUID.randomUUID().toString(), "role", "extending")));
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(422)
                .body("errors[0].field", equalTo("participatingPartners[1].partnerId"));
        body.put("participatingPartners", List.of(
                Map.of("partnerId", Fixtures.archivedOrganisation().toString(), "role", "accountable")));
        given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(409)
                .body("errors[0].field", equalTo("participatingPartners[0].partnerId"));
    }

    @Test
    void aClosedCommunityTakesNoNewProjectsAndALeadCannotBeRemovedFromIt() throws Exception {
        Projects in = Projects.inNewCommunity();
        Projects.createId(in.project(unique("Led")));
        given().delete("/v1/communities/" + in.communityId + "/members/" + in.lead).then().statusCode(409)
                .body("detail", containsString("leads the project"));
        given().delete("/v1/communities/" + in.communityId).then().statusCode(204);
        given().contentType("application/json").body(in.project(unique("Too late"))).post("/v1/projects").then()
                .statusCode(409).body("errors[0].field", equalTo("communityId"));
    }

    @Test
    void statusChangesFollowTheTransitionsAndFinalStatusesStay() throws Exception {
        Projects in = Projects.inNewCommunity();
        String id = Projects.createId(in.project(unique("Lifecycle")));
        Projects.changeStatus(id, "completed", 409);
        Projects.changeStatus(id, "active", 200);
        given().get("/v1/projects/" + id).then().body("status", equalTo("active")).body("iatiActivityStatus", equalTo(2));
        Projects.changeStatus(id, "on-hold", 200);
        given().get("/v1/projects/" + id).then().body("iatiActivityStatus", equalTo(6));
        Projects.changeStatus(id, "completed", 409);
        Projects.changeStatus(id, "active", 200);
        Projects.changeStatus(id, "completed", 200);
        given().contentType("application/merge-patch+json").body(Map.of("status", "active"))
                .patch("/v1/projects/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("final"));
        given().delete("/v1/projects/" + id).then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("summary", "Lessons learnt"))
                .patch("/v1/projects/" + id).then().statusCode(200).body("status", equalTo("completed"))
                .body("iatiActivityStatus", equalTo(4));
    }

    @Test
    void deleteDiscontinuesAndIsIdempotent() throws Exception {
        Projects in = Projects.inNewCommunity();
        String id = Projects.createId(in.project(unique("Discontinued")));
        given().header("If-Match", "\"3\"").delete("/v1/projects/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete("/v1/projects/" + id).then().statusCode(204);
        given().delete("/v1/projects/" + id).then().statusCode(204);
        given().get("/v1/projects/" + id).then().body("status", equalTo("discontinued"))
                .body("iatiActivityStatus", equalTo(5)).body("version", equalTo(1));
        Projects.changeStatus(id, "active", 409);
    }

    @Test
    void anIatiIdentifierNamesOneProject() throws Exception {
        Projects in = Projects.inNewCommunity();
        String identifier = "XM-DAC-41304-" + UUID.randomUUID();
        Map<String, Object> first = in.project(unique("First"));
        first.put("iatiIdentifier", identifier);
        String holder = Projects.createId(first);
        Map<String, Object> second = in.project(unique("Second"));
        second.put("iatiIdentifier", identifier);
        given().contentType("application/json").body(second).post("/v1/projects").then().statusCode(409)
                .body("errors[0].field", equalTo("iatiIdentifier"))
                .body("errors[0].message", containsString(holder));
        given().contentType("application/json").body(first).put("/v1/projects/" + holder).then().statusCode(200);
    }

    @Test
    void mergePatchPutAndIfMatch() throws Exception {
        Projects in = Projects.inNewCommunity();
        Map<String, Object> body = in.project(unique("Patch"));
        String id = Projects.createId(body);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"subdivisions\": null, \"policyLevel\": \"national\", \"objectives\": [\"A national framework\"]}")
                .patch("/v1/projects/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("subdivisions", hasSize(0))
                .body("policyLevel", equalTo("national"))
                .body("objectives", contains("A national framework"))
                .body("title", equalTo(body.get("title")));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{}")
                .patch("/v1/projects/" + id).then().statusCode(412);
        given().contentType("application/merge-patch+json").body("{\"startsOn\": \"soon\"}")
                .patch("/v1/projects/" + id).then().statusCode(400).body("errors[0].field", equalTo("startsOn"));
        body.put("title", "Replaced " + UUID.randomUUID());
        given().contentType("application/json").header("If-Match", "\"1\"").body(body).put("/v1/projects/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("subdivisions", contains("MY-10"));
        given().get("/v1/projects/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(body).put("/v1/projects/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void concurrentWritersGetOneWinner() throws Exception {
        Projects in = Projects.inNewCommunity();
        Map<String, Object> body = in.project(unique("Race"));
        String id = Projects.createId(body);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> change = in.project(body.get("title") + " v" + i);
                writers.add(() -> given().contentType("application/json").header("If-Match", "\"0\"")
                        .body(change).put("/v1/projects/" + id).statusCode());
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
    }

    @Test
    void idempotencyKeyReplaysTheCreation() throws Exception {
        Projects in = Projects.inNewCommunity();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = in.project(unique("Idempotent"));
        String first = given().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/v1/projects").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/v1/projects")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("communityId", in.communityId).get("/v1/projects").then().body("items", hasSize(1));
    }

    @Test
    void aSecondLeadMustJoinTheCommunityFirst() throws Exception {
        Projects in = Projects.inNewCommunity();
        String id = Projects.createId(in.project(unique("Two leads")));
        UUID second = Fixtures.person("Second lead");
        String patch = "{\"leadMemberPersonIds\": [\"" + in.lead + "\", \"" + second + "\"]}";
        given().contentType("application/merge-patch+json").body(patch).patch("/v1/projects/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("leadMemberPersonIds[1]"));
        Communities.addMember(in.communityId, second, "member");
        given().contentType("application/merge-patch+json").body(patch).patch("/v1/projects/" + id).then()
                .statusCode(200).body("leadMemberPersonIds", contains(in.lead.toString(), second.toString()))
                .body("summary", equalTo("Strengthening parental involvement in primary schools"))
                .body("iatiIdentifier", nullValue());
    }

    @Test
    void theStatusesAndRolesAreListedWithTheirIatiCodes() {
        given().get("/v1/projects/statuses").then().statusCode(200)
                .body("id", contains("pipeline", "active", "on-hold", "completed", "discontinued"))
                .body("iatiCode", contains(1, 2, 6, 4, 5))
                .body("find { it.id == 'pipeline' }.next", contains("active", "on-hold", "discontinued"))
                .body("find { it.id == 'completed' }.next", hasSize(0));
        given().get("/v1/projects/partner-roles").then().statusCode(200)
                .body("id", contains("funding", "accountable", "extending", "implementing"))
                .body("iatiCode", contains(1, 2, 3, 4));
    }
}
