package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ETagTest {

    private static String body(String name, int size) {
        return "{\"name\":\"" + name + "\",\"color\":\"blue\",\"size\":" + size + "}";
    }

    @Test
    void staleIfMatchIs412AndCurrentOneWins() {
        String name = "etag-" + UUID.randomUUID();
        String location = given().contentType("application/json").body(body(name, 1)).post("/v1/widgets")
                .then().statusCode(201).header("ETag", "\"0\"").extract().header("Location");

        given().contentType("application/json").header("If-Match", "\"0\"").body(body(name, 2)).put(location)
                .then().statusCode(200).header("ETag", "\"1\"").body("size", equalTo(2));

        given().contentType("application/json").header("If-Match", "\"0\"").body(body(name, 3)).put(location)
                .then().statusCode(412).body("type", equalTo("urn:coalition:problem:precondition-failed"));

        given().get(location).then().statusCode(200).header("ETag", "\"1\"").body("size", equalTo(2));
    }

    @Test
    void weakOrUnquotedTagsNeverMatch() {
        String name = "etag-weak-" + UUID.randomUUID();
        String location = given().contentType("application/json").body(body(name, 1)).post("/v1/widgets")
                .then().statusCode(201).extract().header("Location");
        given().contentType("application/json").header("If-Match", "W/\"0\"").body(body(name, 2)).put(location)
                .then().statusCode(412);
        given().contentType("application/json").header("If-Match", "0").body(body(name, 2)).put(location)
                .then().statusCode(400).body("type", equalTo("urn:coalition:problem:bad-header"));
        given().contentType("application/json").header("If-Match", "*").body(body(name, 2)).put(location)
                .then().statusCode(200);
    }
}
