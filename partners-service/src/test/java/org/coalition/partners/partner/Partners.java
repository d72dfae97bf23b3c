package org.coalition.partners.partner;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and calls the partner tests share. */
final class Partners {

    private Partners() {
    }

    /** A valid national NGO in Cambodia; tests change what they need. */
    static Map<String, Object> ngo(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("acronym", "NEP");
        body.put("type", "national-ngo");
        body.put("country", "KH");
        body.put("level", "national");
        body.put("themes", List.of("teacher-development", "access-out-of-school"));
        body.put("sdg4Targets", List.of("4.1", "4.c"));
        body.put("website", "https://www.nepcambodia.org");
        return body;
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/v1/partners")
                .then().statusCode(201).extract();
    }

    static String createId(Map<String, Object> body) {
        return create(body).path("id");
    }
}
