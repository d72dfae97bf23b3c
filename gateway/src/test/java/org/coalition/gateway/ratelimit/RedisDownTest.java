package org.coalition.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coalition.gateway.AccessFixtures.ADMIN_KEY;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With Redis unreachable the gateway keeps serving, and says so in its metrics. */
@QuarkusTest
@TestProfile(RedisDownTest.RedisUnreachable.class)
class RedisDownTest {

    public static class RedisUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Test
    void requestsAreServedUncountedAndTheFailOpenIsCounted() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                    .body("{\"name\":\"while redis is down\",\"scopes\":[\"partners:read\"]}")
                    .post("/v1/api-clients").then()
                    .statusCode(201)
                    .header("RateLimit-Limit", nullValue());
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String line = metrics.lines().filter(l -> l.startsWith("coalition_ratelimit_failopen_total")).findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(3);
    }
}
