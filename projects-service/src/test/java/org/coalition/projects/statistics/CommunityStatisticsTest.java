package org.coalition.projects.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.Fixtures;
import org.coalition.projects.community.Communities;
import org.junit.jupiter.api.Test;

/** A small community whose every figure is known in advance. */
@QuarkusTest
class CommunityStatisticsTest {

    private static void member(String communityId, UUID person, UUID affiliation, String role, String leftOn) {
        Map<String, Object> body = Communities.member(person, role);
        if (affiliation != null) {
            body.put("affiliationPartnerId", affiliation.toString());
        }
        if (leftOn != null) {
            body.put("leftOn", leftOn);
        }
        given().contentType("application/json").body(body).post("/v1/communities/" + communityId + "/members")
                .then().statusCode(201);
    }

    private static String project(String communityId, UUID lead, String status, List<String> themes, List<String> countries) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communityId", communityId);
        body.put("title", "Statistics " + UUID.randomUUID());
        body.put("leadMemberPersonIds", List.of(lead.toString()));
        body.put("countries", countries);
        body.put("themes", themes);
        body.put("status", status);
        return given().contentType("application/json").body(body).post("/v1/projects").then().statusCode(201)
                .extract().path("id");
    }

    private static void milestone(String projectId, String dueOn, String status, String completedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Milestone due " + dueOn);
        body.put("dueOn", dueOn);
        body.put("status", status);
        body.put("completedOn", completedOn);
        given().contentType("application/json").body(body).post("/v1/projects/" + projectId + "/milestones")
                .then().statusCode(201);
    }

    private static String update(String projectId, UUID author) {
        return given().contentType("application/json").body(Map.of("reportedOn", LocalDate.now().minusDays(10).toString(),
                        "authorPersonId", author.toString(), "summary", "Going well", "rating", "on-track"))
                .post("/v1/projects/" + projectId + "/updates").then().statusCode(201).extract().path("id");
    }

    private static void indicator(String projectId, int baseline, int target, Integer measured) {
        String path = given().contentType("application/json").body(Map.of("title", "Indicator", "unit", "%",
                        "baseline", Map.of("value", baseline, "date", "2025-03-01"),
                        "target", Map.of("value", target, "date", "2026-02-28")))
                .post("/v1/projects/" + projectId + "/indicators").then().statusCode(201).extract().header("Location");
        if (measured != null) {
            given().contentType("application/json").body(Map.of("value", measured, "date", "2025-09-30"))
                    .post(path + "/measurements").then().statusCode(201);
        }
    }

    private static void feedback(String projectId, UUID author, String kind, boolean resolved) {
        given().contentType("application/json").body(Map.of("authorPersonId", author.toString(), "kind", kind,
                        "body", "Have you tried this?", "resolved", resolved))
                .post("/v1/projects/" + projectId + "/feedback").then().statusCode(201);
    }

    @Test
    void everyFigureOfAKnownCommunity() throws Exception {
        String community = Communities.createId(Communities.cohort("Statistics " + UUID.randomUUID()));
        UUID ministry = Fixtures.organisation("Ministerio " + UUID.randomUUID(), "government", "PE");
        UUID ngo = Fixtures.organisation("NGO " + UUID.randomUUID(), "national-ngo", "MY");
        UUID lead1 = Fixtures.person("Lead one " + UUID.randomUUID(), "PE");
        UUID lead2 = Fixtures.person("Lead two " + UUID.randomUUID());
        UUID facilitator = Fixtures.person("Facilitator " + UUID.randomUUID(), "GB");
        UUID member = Fixtures.person("Member " + UUID.randomUUID());
        UUID departed = Fixtures.person("Departed " + UUID.randomUUID(), "FR");
        member(community, lead1, ministry, "member", null);
        member(community, lead2, ngo, "member", null);
        member(community, facilitator, null, "facilitator", null);
        member(community, member, null, "member", null);
        member(community, departed, ngo, "member", "2025-04-01");

        String p1 = project(community, lead1, "active", List.of("parental-involvement", "primary"), List.of("MY"));
        String p2 = project(community, lead2, "pipeline", List.of("teacher-development"), List.of("PE", "MY"));
        project(community, member, "discontinued", List.of("primary"), List.of("MY"));
        String p4 = project(community, lead1, "on-hold", List.of("primary"), List.of("MY"));

        milestone(p1, "2025-09-30", "done", "2025-09-15");
        milestone(p1, "2025-06-30", "done", "2025-07-10");
        milestone(p1, "2025-05-01", "missed", null);
        milestone(p1, "2025-01-31", "planned", null);
        milestone(p1, "2099-01-01", "planned", null);

        String approved = update(p1, lead1);
        given().post("/v1/projects/" + p1 + "/updates/" + approved + "/submit").then().statusCode(200);
        given().contentType("application/json").body(Map.of("reviewerPersonId", facilitator.toString()))
                .post("/v1/projects/" + p1 + "/updates/" + approved + "/approve").then().statusCode(200);
        String waiting = update(p1, lead1);
        given().post("/v1/projects/" + p1 + "/updates/" + waiting + "/submit").then().statusCode(200);
        update(p4, lead1);

        indicator(p1, 35, 60, 50);
        indicator(p2, 10, 20, 20);
        indicator(p4, 0, 100, null);

        feedback(p1, facilitator, "advice", true);
        feedback(p2, facilitator, "question", false);
        feedback(p1, member, "resource", false);

        given().get("/v1/communities/" + community + "/statistics").then().statusCode(200)
                .body("communityId", equalTo(community))
                .body("projects.total", equalTo(4))
                .body("projects.byStatus", equalTo(Map.of("active", 1, "pipeline", 1, "discontinued", 1, "on-hold", 1)))
                .body("projects.byTheme", equalTo(Map.of("primary", 3, "parental-involvement", 1, "teacher-development", 1)))
                .body("projects.byCountry", equalTo(Map.of("MY", 4, "PE", 1)))
                .body("milestones.total", equalTo(5))
                .body("milestones.done", equalTo(2))
                .body("milestones.doneOnTime", equalTo(1))
                .body("milestones.missed", equalTo(1))
                .body("milestones.overdue", equalTo(1))
                .body("milestones.onTimeShare", equalTo(0.5f))
                .body("updates.runningProjects", equalTo(2))
                .body("updates.withApprovedUpdateInLast90Days", equalTo(1))
                .body("updates.share", equalTo(0.5f))
                .body("updates.awaitingReview", equalTo(1))
                .body("indicators.total", equalTo(3))
                .body("indicators.measured", equalTo(2))
                .body("indicators.targetReached", equalTo(1))
                .body("indicators.averageProgress", equalTo(0.8f))
                .body("indicators.items", hasSize(3))
                .body("members.total", equalTo(4))
                .body("members.leads", equalTo(2))
                .body("members.supports", equalTo(2))
                .body("members.byRole", equalTo(Map.of("member", 3, "facilitator", 1)))
                .body("members.byCountry.PE", equalTo(Map.of("total", 1, "leads", 1, "supports", 0)))
                .body("members.byCountry.MY", equalTo(Map.of("total", 1, "leads", 1, "supports", 0)))
                .body("members.byCountry.GB", equalTo(Map.of("total", 1, "leads", 0, "supports", 1)))
                .body("members.byCountry.unknown", equalTo(Map.of("total", 1, "leads", 0, "supports", 1)))
                .body("members.byCountry.FR", equalTo(null))
                .body("members.byOrganisationType.government", equalTo(Map.of("total", 1, "leads", 1, "supports", 0)))
                .body("members.byOrganisationType.'national-ngo'", equalTo(Map.of("total", 1, "leads", 1, "supports", 0)))
                .body("members.byOrganisationType.unknown", equalTo(Map.of("total", 2, "leads", 0, "supports", 2)))
                .body("feedback.total", equalTo(3))
                .body("feedback.byKind", equalTo(Map.of("advice", 1, "question", 1, "resource", 1)))
                .body("feedback.resolved", equalTo(1));
    }

    @Test
    void anUnknownCommunityIs404() {
        given().get("/v1/communities/" + UUID.randomUUID() + "/statistics").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
