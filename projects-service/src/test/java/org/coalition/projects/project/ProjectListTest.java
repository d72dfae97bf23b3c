package org.coalition.projects.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.Fixtures;
import org.coalition.projects.community.Communities;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectListTest {

    private static List<String> ids(Map<String, String> query) {
        return given().queryParams(query).get("/v1/projects").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void filtersCombine() throws Exception {
        Projects in = Projects.inNewCommunity();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String malaysia = Projects.createId(in.project("Parental involvement " + token));

        UUID peruLead = Fixtures.person("Peru lead");
        Communities.addMember(in.communityId, peruLead, "member");
        UUID implementer = Fixtures.organisation("Peru implementer");
        Map<String, Object> body = in.project("Quality benchmarks for teaching " + token);
        body.put("leadMemberPersonIds", List.of(peruLead.toString()));
        body.put("countries", List.of("PE"));
        body.put("subdivisions", List.of());
        body.put("themes", List.of("teacher-development"));
        body.put("participatingPartners", List.of(Map.of("partnerId", implementer.toString(), "role", "implementing")));
        body.put("status", "active");
        String peru = Projects.createId(body);

        assertThat(ids(Map.of("communityId", in.communityId))).containsExactly(malaysia, peru);
        assertThat(ids(Map.of("q", token, "country", "PE"))).containsExactly(peru);
        assertThat(ids(Map.of("q", token, "theme", "primary"))).containsExactly(malaysia);
        assertThat(ids(Map.of("q", token, "status", "active"))).containsExactly(peru);
        assertThat(ids(Map.of("q", token, "partnerId", in.funder.toString()))).containsExactly(malaysia);
        assertThat(ids(Map.of("q", token, "partnerId", implementer.toString()))).containsExactly(peru);
        assertThat(ids(Map.of("q", token, "leadPersonId", peruLead.toString()))).containsExactly(peru);
        assertThat(ids(Map.of("q", "BENCHMARKS quality " + token))).containsExactly(peru);

        String since = Instant.now().toString();
        given().delete("/v1/projects/" + malaysia).then().statusCode(204);
        assertThat(ids(Map.of("communityId", in.communityId, "updatedSince", since))).containsExactly(malaysia);
        assertThat(ids(Map.of("communityId", in.communityId, "status", "discontinued"))).containsExactly(malaysia);
    }

    @Test
    void badFiltersAre400NamingEachParameter() {
        given().queryParams(Map.of("communityId", "x", "country", "Peru", "theme", "astronomy", "status", "proposed",
                        "partnerId", "y", "leadPersonId", "z", "updatedSince", "yesterday"))
                .get("/v1/projects").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("communityId", "country", "theme", "status", "partnerId",
                        "leadPersonId", "updatedSince"));
        given().queryParam("community", "x").get("/v1/projects").then().statusCode(400);
    }

    @Test
    void csvStreamsEveryMatchingProjectWithIatiCodes() throws Exception {
        Projects in = Projects.inNewCommunity();
        String first = Projects.createId(in.project("First, \"quoted\""));
        Projects.createId(in.project("Second"));
        String csv = given().accept("text/csv").queryParam("communityId", in.communityId).get("/v1/projects").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,communityId,title,summary,leadMemberPersonIds,countries,subdivisions,themes,");
        assertThat(lines[1]).startsWith(first + "," + in.communityId + ",\"First, \"\"quoted\"\"\",");
        assertThat(lines[1]).contains(",MY,MY-10,parental-involvement;primary,subnational,2025-04-01,2026-03-31,pipeline,1,"
                + in.funder + ":funding,,");
    }
}
