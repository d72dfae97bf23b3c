package org.coalition.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every Coalition app promises operators and clients, whatever its domain. Each app's test suite
 * has a {@code @QuarkusTest} subclass, so the check runs against that app with its real database and broker.
 */
public abstract class AppContractTest {

    @Test
    void isReadyOnlyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("openapi", startsWith("3."))
                .body("components.schemas.Problem.properties.type.type", equalTo("string"));
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        given().get("/v1/no-such-resource").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:not-found"));
    }
}
