package org.coalition.gateway.routing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With COALITION_PUBLIC_BASE_URL set, services learn that base, path prefix included, whatever Host said. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.BehindAPathPrefix.class)
class PublicBaseUrlTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    public static class BehindAPathPrefix implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coalition.gateway.public-base-url", "https://api.example.org/coalition");
        }
    }

    @Test
    void forwardsTheConfiguredBaseWithItsPrefix() {
        Map<String, String> headers = given().header("X-Forwarded-Host", "spoofed.example.com")
                .get("/v1/partnerships").then().statusCode(200)
                .extract().jsonPath().getMap("headers");
        assertThat(headers.get("x-forwarded-proto")).isEqualTo("https");
        assertThat(headers.get("x-forwarded-host")).isEqualTo("api.example.org");
        assertThat(headers.get("x-forwarded-prefix")).isEqualTo("/coalition");
    }

    @Test
    void rewritesLinksToTheConfiguredBase() {
        given().contentType("application/json").body("{}").post("/v1/partners/created").then()
                .statusCode(201)
                .header("Location", equalTo("https://api.example.org/coalition/v1/partners/0191e0b6-7c2a-7000-8000-000000000001"))
                .header("Link", equalTo("<https://api.example.org/coalition/v1/partners?cursor=abc>; rel=\"next\""));
    }
}
