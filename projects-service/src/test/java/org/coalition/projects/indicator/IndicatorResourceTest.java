package org.coalition.projects.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.project.Projects;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

    private static String indicators() throws Exception {
        Projects in = Projects.inNewCommunity();
        return "/v1/projects/" + Projects.createId(in.project("Indicators " + UUID.randomUUID())) + "/indicators";
    }

    static Map<String, Object> indicator(Object baseline, Object target) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Share of schools with an active parent-teacher association");
        body.put("unit", "%");
        body.put("baseline", Map.of("value", baseline, "date", "2025-03-01"));
        body.put("target", Map.of("value", target, "date", "2026-02-28"));
        return body;
    }

    static Map<String, Object> measurement(Object value, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", value);
        body.put("date", date);
        body.put("comment", "School census");
        return body;
    }

    @Test
    void measurementsMoveTheIndicatorTowardsItsTarget() throws Exception {
        String path = given().contentType("application/json").body(indicator(35, 60)).post(indicators())
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("latest", nullValue()).body("progress", nullValue())
                .body("baseline.value", equalTo(35)).body("target.date", equalTo("2026-02-28"))
                .extract().header("Location");
        given().contentType("application/json").body(measurement(45, "2025-06-30")).post(path + "/measurements")
                .then().statusCode(201).header("Location", containsString(path + "/measurements/"))
                .body("value", equalTo(45));
        given().contentType("application/json").body(measurement(50, "2025-09-30")).post(path + "/measurements")
                .then().statusCode(201);
        given().get(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("latest.value", equalTo(50))
                .body("latest.date", equalTo("2025-09-30"))
                .body("progress", equalTo(0.6f));
        given().get(path + "/measurements").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].date", equalTo("2025-06-30")).body("items[1].date", equalTo("2025-09-30"));
        String second = given().get(path + "/measurements?limit=1").then().statusCode(200).body("items", hasSize(1))
                .extract().path("next");
        given().queryParam("cursor", second).queryParam("limit", 1).get(path + "/measurements").then().statusCode(200)
                .body("items[0].date", equalTo("2025-09-30"));
    }

    @Test
    void lowerIsBetterWhenTheTargetIsBelowTheBaseline() throws Exception {
        String path = given().contentType("application/json").body(indicator(12.5, 7.5)).post(indicators())
                .then().statusCode(201).extract().header("Location");
        given().contentType("application/json").body(measurement(10, "2025-10-01")).post(path + "/measurements")
                .then().statusCode(201);
        given().get(path).then().body("progress", equalTo(0.5f));
    }

    @Test
    void aMeasurementIsDatedWithinReasonAndOncePerDay() throws Exception {
        String path = given().contentType("application/json").body(indicator(35, 60)).post(indicators())
                .then().statusCode(201).extract().header("Location");
        given().contentType("application/json").body(measurement(30, "2025-01-01")).post(path + "/measurements")
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
        given().contentType("application/json").body(measurement(30, LocalDate.now().plusDays(3).toString()))
                .post(path + "/measurements").then().statusCode(422).body("errors[0].message", containsString("future"));
        given().contentType("application/json").body(measurement(40, "2025-05-01")).post(path + "/measurements")
                .then().statusCode(201);
        given().contentType("application/json").body(measurement(41, "2025-05-01")).post(path + "/measurements")
                .then().statusCode(409).body("errors[0].field", equalTo("date"));
        given().contentType("application/json").body(Map.of("value", "lots", "date", "2025-05-02"))
                .post(path + "/measurements").then().statusCode(400);
    }

    @Test
    void anIndicatorNeedsATargetAfterItsBaseline() throws Exception {
        String indicators = indicators();
        Map<String, Object> body = indicator(35, 60);
        body.put("target", Map.of("value", 60, "date", "2025-03-01"));
        given().contentType("application/json").body(body).post(indicators).then().statusCode(422)
                .body("errors[0].field", equalTo("target.date"));
        body.remove("target");
        body.put("unit", "");
        given().contentType("application/json").body(body).post(indicators).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("target", "unit"));
    }

    @Test
    void replacePatchAndRemove() throws Exception {
        String indicators = indicators();
        String path = given().contentType("application/json").body(indicator(35, 60)).post(indicators)
                .then().statusCode(201).extract().header("Location");
        given().contentType("application/json").body(measurement(40, "2025-05-01")).post(path + "/measurements")
                .then().statusCode(201);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("target", Map.of("value", 45, "date", "2026-02-28"))).patch(path).then().statusCode(412);
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("target", Map.of("value", 45))).patch(path).then().statusCode(200)
                .body("target.value", equalTo(45)).body("target.date", equalTo("2026-02-28"))
                .body("progress", equalTo(0.5f));
        String measurement = given().get(path + "/measurements").then().extract().path("items[0].id");
        given().delete(path + "/measurements/" + measurement).then().statusCode(204);
        given().get(path + "/measurements/" + measurement).then().statusCode(404);
        given().get(path).then().body("latest", nullValue());
        given().delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().get(indicators).then().statusCode(200).body("items", hasSize(0));
        given().get(indicators + "/" + UUID.randomUUID() + "/measurements").then().statusCode(404);
        given().queryParam("cursor", "bm9wZQ").get(indicators).then().statusCode(400);
    }
}
