package org.coalition.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.coalition.gateway.AccessFixtures.ADMIN_KEY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the gateway's own endpoints refuse before any work: oversized bodies, and no internals in errors. */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void anOversizedBodyIs413() {
        String name = "x".repeat(3 * 1024 * 1024);
        given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"scopes\":[\"partners:read\"]}")
                .post("/v1/api-clients").then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void malformedInputIsAProblemWithoutInternals() {
        given().header("X-API-Key", ADMIN_KEY).contentType("application/json").body("{\"name\":")
                .post("/v1/api-clients").then()
                .statusCode(400)
                .body("type", equalTo("urn:coalition:problem:malformed-json"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
        given().header("X-API-Key", ADMIN_KEY).get("/v1/api-clients/not-a-uuid").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
