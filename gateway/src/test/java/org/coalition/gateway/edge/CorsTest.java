package org.coalition.gateway.edge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    private static final String DASHBOARD = "https://dashboard.example.org";

    @Test
    void answersAPreflightFromAConfiguredOrigin() {
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match")
                .options("/v1/partners/0191e0b6-7c2a-7000-8000-000000000001").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void letsAConfiguredOriginReadTheResponseAndItsHeaders() {
        given().header("Origin", DASHBOARD).get("/v1/partners").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Origin", not(equalTo("*")))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void grantsNothingToAnotherOrigin() {
        given().header("Origin", "https://evil.example.com").get("/v1/partners").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aWildcardOriginWithCredentialsIsRefused() {
        assertThat(CorsPolicyCheck.isUnsafe(List.of("*"), true)).isTrue();
        assertThat(CorsPolicyCheck.isUnsafe(List.of("/.*/"), true)).isTrue();
        assertThat(CorsPolicyCheck.isUnsafe(List.of("*"), false)).isFalse();
        assertThat(CorsPolicyCheck.isUnsafe(List.of(DASHBOARD), true)).isFalse();
    }
}
