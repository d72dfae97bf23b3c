package org.coalition.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.coalition.gateway.AccessFixtures.ADMIN_KEY;
import static org.coalition.gateway.AccessFixtures.id;
import static org.coalition.gateway.AccessFixtures.key;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    /** The counters run per minute: a test started at 59 s would see its window turn over mid-way. */
    private static void awayFromTheMinutesEnd() throws InterruptedException {
        int second = LocalTime.now().getSecond();
        if (second >= 50) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    private static Map<String, Object> clientLimitedTo(int perMinute) {
        return given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"limited\",\"scopes\":[\"partners:read\"],\"rateLimitPerMinute\":" + perMinute + "}")
                .post("/v1/api-clients").then().statusCode(201).extract().jsonPath().getMap("");
    }

    @Test
    void aFloodGets429WithRetryAfterAndOtherClientsAreUnaffected() throws Exception {
        awayFromTheMinutesEnd();
        Map<String, Object> flooder = clientLimitedTo(3);
        Map<String, Object> other = clientLimitedTo(3);
        String path = "/v1/api-clients/" + id(flooder);
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("X-API-Key", key(flooder)).get(path).then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Reset", notNullValue());
        }
        given().header("X-API-Key", key(flooder)).get(path).then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:too-many-requests"));
        given().header("X-API-Key", key(other)).get("/v1/api-clients/" + id(other)).then()
                .statusCode(200).header("RateLimit-Remaining", "2");
    }

    @Test
    void errorsOfAuthenticatedRequestsCarryTheHeadersToo() {
        Map<String, Object> client = clientLimitedTo(100);
        given().header("X-API-Key", key(client)).get("/v1/people").then()
                .statusCode(403)
                .header("RateLimit-Limit", "100")
                .header("RateLimit-Remaining", "99");
        given().header("X-API-Key", key(client)).get("/v1/api-clients/" + java.util.UUID.randomUUID()).then()
                .statusCode(404)
                .header("RateLimit-Limit", "100");
    }

    @Test
    void clientsWithoutALimitOfTheirOwnGetTheDefault() {
        given().header("X-API-Key", ADMIN_KEY).get("/v1/api-clients/" + java.util.UUID.randomUUID()).then()
                .header("RateLimit-Limit", "10000");
    }
}
