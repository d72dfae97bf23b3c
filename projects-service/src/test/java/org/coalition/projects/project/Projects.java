package org.coalition.projects.project;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.Fixtures;
import org.coalition.projects.community.Communities;

/** A community with a member, and project bodies within it, for the project tests. */
public final class Projects {

    public final String communityId;
    public final UUID lead;
    public final UUID funder;

    private Projects(String communityId, UUID lead, UUID funder) {
        this.communityId = communityId;
        this.lead = lead;
        this.funder = funder;
    }

    /** A new community with one member and a known funding organisation. */
    public static Projects inNewCommunity() throws Exception {
        String communityId = Communities.createId(Communities.cohort("Projects " + UUID.randomUUID()));
        UUID lead = Fixtures.person("Lead " + UUID.randomUUID());
        Communities.addMember(communityId, lead, "member");
        return new Projects(communityId, lead, Fixtures.organisation("Funder " + UUID.randomUUID()));
    }

    /** A valid project led by the member and funded by the funder; tests change what they need. */
    public Map<String, Object> project(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communityId", communityId);
        body.put("title", title);
        body.put("summary", "Strengthening parental involvement in primary schools");
        body.put("leadMemberPersonIds", List.of(lead.toString()));
        body.put("countries", List.of("MY"));
        body.put("subdivisions", List.of("MY-10"));
        body.put("themes", List.of("parental-involvement", "primary"));
        body.put("policyLevel", "subnational");
        body.put("objectives", List.of("A policy brief for the state education department"));
        body.put("startsOn", "2025-04-01");
        body.put("endsOn", "2026-03-31");
        body.put("participatingPartners", List.of(Map.of("partnerId", funder.toString(), "role", "funding")));
        return body;
    }

    public static String createId(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    public static void changeStatus(String id, String status, int expected) {
        given().contentType("application/merge-patch+json").body(Map.of("status", status))
                .patch("/v1/projects/" + id).then().statusCode(expected);
    }
}
