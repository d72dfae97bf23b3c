package org.coalition.projects.community;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls the community tests share. */
public final class Communities {

    private Communities() {
    }

    /** A valid community of policy fellows; tests change what they need. */
    public static Map<String, Object> cohort(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("theme", "parental-involvement");
        body.put("description", "Alumni from ministries and think tanks supporting each other for a year");
        body.put("cohortStartsOn", "2025-03-01");
        body.put("cohortEndsOn", "2026-02-28");
        body.put("countries", List.of("MY", "PE", "PK"));
        return body;
    }

    public static ExtractableResponse<Response> create(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/v1/communities")
                .then().statusCode(201).extract();
    }

    public static String createId(Map<String, Object> body) {
        return create(body).path("id");
    }

    public static Map<String, Object> member(UUID personId, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId.toString());
        body.put("role", role);
        body.put("joinedOn", "2025-03-01");
        return body;
    }

    public static void addMember(String communityId, UUID personId, String role) {
        given().contentType("application/json").body(member(personId, role))
                .post("/v1/communities/" + communityId + "/members").then().statusCode(201);
    }
}
