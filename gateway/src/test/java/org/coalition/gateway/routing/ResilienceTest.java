package org.coalition.gateway.routing;

import org.coalition.gateway.AccessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.coalition.gateway.testing.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResilienceTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aSlowServiceBecomesA504WithinTheRouteTimeout() {
        long start = System.nanoTime();
        given().get("/v1/test-slow/anything").then()
                .statusCode(504)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:gateway-timeout"))
                .body("status", equalTo(504))
                .body("instance", equalTo("/v1/test-slow/anything"))
                .body("detail", containsString("did not answer within " + StubServices.SLOW_TIMEOUT_MILLIS + " ms"));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        // The service would take 5 s; the answer comes after the route's timeout, not after the service.
        assertThat(millis).isGreaterThanOrEqualTo(StubServices.SLOW_TIMEOUT_MILLIS).isLessThan(4_000);
    }

    @Test
    void aServiceThatIsDownBecomesA503AtOnce() {
        long start = System.nanoTime();
        given().get("/v1/test-down").then()
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:service-unavailable"))
                .body("detail", not(containsString("Exception")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aServiceKilledBetweenTwoRequestsBecomesA503WithinTheTimeout() {
        given().get("/v1/test-killable").then().statusCode(200).body("service", equalTo("killable"));
        StubServices.killable.stop();
        long start = System.nanoTime();
        given().get("/v1/test-killable").then()
                .statusCode(503)
                .body("type", equalTo("urn:coalition:problem:service-unavailable"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aMalformedResponseBecomesA502NotA500() {
        given().contentType("application/json").body("{}")
                .post("/v1/test-malformed").then()
                .statusCode(502)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:bad-gateway"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndAnswersWithoutCallingTheService() {
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body("{}").post("/v1/test-breaking").then().statusCode(502);
        }
        int connectionsBefore = StubServices.breaking.connections();
        given().contentType("application/json").body("{}").post("/v1/test-breaking").then()
                .statusCode(503)
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(0))
                .body("type", equalTo("urn:coalition:problem:service-unavailable"));
        given().get("/v1/test-breaking").then().statusCode(503);
        assertThat(StubServices.breaking.connections()).isEqualTo(connectionsBefore);
    }

    @Test
    void retriesAnIdempotentRequestWhoseConnectionWasDroppedUnanswered() {
        StubServices.flaky.resetConnections();
        given().get("/v1/test-flaky").then().statusCode(200).body("attempt", equalTo("ok"));
        assertThat(StubServices.flaky.connections()).isEqualTo(2);
    }

    @Test
    void neverRetriesAPost() {
        StubServices.flaky.resetConnections();
        given().contentType("application/json").body("{}").post("/v1/test-flaky").then()
                .statusCode(502)
                .body("type", equalTo("urn:coalition:problem:bad-gateway"));
        assertThat(StubServices.flaky.connections()).isEqualTo(1);
    }

    @Test
    void refusesADeclaredOversizedBodyWith413() {
        int before = StubServices.partners.requests();
        given().contentType("application/json").body(new byte[3 * 1024 * 1024])
                .post("/v1/partners").then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:payload-too-large"));
        assertThat(StubServices.partners.requests()).isEqualTo(before);
    }

    @Test
    void refusesAChunkedOversizedBodyWith413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "v1/partners"))
                .header("X-API-Key", AccessFixtures.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3 * 1024 * 1024])))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:coalition:problem:payload-too-large");
    }

    @Test
    void passesABodyUnderTheLimitThroughWhole() {
        given().contentType("application/json").body(new byte[1024 * 1024])
                .put("/v1/partners/0191e0b6-7c2a-7000-8000-000000000001").then()
                .statusCode(200)
                .body("bodyBytes", equalTo(1024 * 1024));
    }
}
