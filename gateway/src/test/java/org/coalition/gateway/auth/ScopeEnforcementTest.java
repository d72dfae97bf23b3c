package org.coalition.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coalition.gateway.AccessFixtures.KEYS;
import static org.coalition.gateway.AccessFixtures.client;
import static org.coalition.gateway.AccessFixtures.id;
import static org.coalition.gateway.AccessFixtures.key;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import org.coalition.gateway.ForwardedRequestEcho;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScopeEnforcementTest {

    private static int status(Response response) {
        return response.statusCode();
    }

    @Test
    void aReadScopeAllowsReadingItsFamilyOnly() {
        Map<String, Object> reader = client("partners:read");
        assertThat(status(given().header("X-API-Key", key(reader)).get("/v1/partners"))).isNotIn(401, 403);
        assertThat(status(given().header("X-API-Key", key(reader)).get("/v1/partnerships"))).isNotIn(401, 403);
        for (String path : new String[] {"/v1/people", "/v1/meetings", "/v1/action-items", "/v1/projects", "/v1/communities"}) {
            given().header("X-API-Key", key(reader)).get(path).then()
                    .statusCode(403)
                    .body("type", equalTo("urn:coalition:problem:forbidden"));
        }
        given().header("X-API-Key", key(reader)).contentType("application/json").body("{}")
                .post("/v1/partners").then().statusCode(403).body("detail", containsString("partners:write"));
        given().header("X-API-Key", key(reader)).delete("/v1/groups/x").then().statusCode(403);
    }

    @Test
    void methodOverrideHeadersAreIgnored() {
        Map<String, Object> reader = client("people:read");
        given().header("X-API-Key", key(reader)).header("X-HTTP-Method-Override", "GET")
                .contentType("application/json").body("{}")
                .post("/v1/people").then().statusCode(403);
    }

    @Test
    void gatewayPathsOutsideTheApiAreForAdminsOnly() {
        Map<String, Object> reader = client("partners:read");
        given().header("X-API-Key", key(reader)).get("/q/arc/beans").then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theServicesGetTheGatewaysSignedTokenInsteadOfTheClientsKey() throws Exception {
        Map<String, Object> client = client("partners:read", "people:read");
        Response echo = given().header("X-API-Key", key(client)).get(ForwardedRequestEcho.PATH);
        echo.then().statusCode(200)
                .body("apiKey", nullValue())
                .body("clientId", equalTo(id(client)))
                .body("authorization", org.hamcrest.Matchers.startsWith("Bearer "));

        JWTAuthContextInfo services = new JWTAuthContextInfo(
                KeyUtils.decodePublicKey(Files.readString(KEYS.resolve("public.pem"))), "coalition-gateway");
        services.setExpectedAudience(Set.of("coalition-services"));
        services.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        String token = ((String) echo.path("authorization")).substring("Bearer ".length());
        JsonWebToken forwarded = new DefaultJWTParser().parse(token, services);
        assertThat(forwarded.getSubject()).isEqualTo(id(client));
        assertThat(forwarded.<Object>getClaim("scope").toString()).contains("partners:read", "people:read");
        assertThat(forwarded.getExpirationTime() - forwarded.getIssuedAtTime()).isLessThanOrEqualTo(60);
        assertThat(forwarded.getTokenID()).isNotBlank();
    }
}
