package org.coalition.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.coalition.gateway.AccessFixtures.ADMIN_KEY;
import static org.coalition.gateway.AccessFixtures.client;
import static org.coalition.gateway.AccessFixtures.gatewayClaims;
import static org.coalition.gateway.AccessFixtures.id;
import static org.coalition.gateway.AccessFixtures.privateKey;
import static org.coalition.gateway.AccessFixtures.signRs256;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.coalition.gateway.AccessFixtures;
import org.coalition.gateway.ForwardedRequestEcho;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OAuthTokenTest {

    private static Response token(Map<String, Object> client, String scope) {
        var request = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", id(client))
                .formParam("client_secret", (String) client.get("clientSecret"));
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post("/oauth/token");
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token).get(ForwardedRequestEcho.PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void clientCredentialsGiveABearerTokenTheGatewayAccepts() {
        Map<String, Object> client = client("partners:read", "meetings:read");
        Response token = token(client, null);
        token.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", greaterThan(0))
                .body("expires_in", lessThanOrEqualTo(900))
                .body("scope", equalTo("partners:read meetings:read"));
        given().auth().oauth2(token.path("access_token")).get(ForwardedRequestEcho.PATH).then()
                .statusCode(200)
                .body("clientId", equalTo(id(client)));
        given().auth().oauth2(token.path("access_token")).get("/v1/people").then().statusCode(403);
    }

    @Test
    void httpBasicWorksForTheClientCredentials() {
        Map<String, Object> client = client("partners:read");
        given().auth().preemptive().basic(id(client), (String) client.get("clientSecret"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token").then()
                .statusCode(200).body("access_token", startsWith("ey"));
    }

    @Test
    void aNarrowerScopeMakesANarrowerToken() {
        Map<String, Object> client = client("partners:read", "people:read");
        String token = token(client, "partners:read").then().statusCode(200)
                .body("scope", equalTo("partners:read")).extract().path("access_token");
        given().auth().oauth2(token).get("/v1/people").then().statusCode(403);
    }

    @Test
    void tokenEndpointErrorsFollowRfc6749() {
        Map<String, Object> client = client("partners:read");
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", id(client)).formParam("client_secret", "cos_wrong")
                .post("/oauth/token").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", id(client)).formParam("client_secret", (String) client.get("clientSecret"))
                .post("/oauth/token").then()
                .statusCode(400).body("error", equalTo("unsupported_grant_type"));
        token(client, "people:read").then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().contentType("application/x-www-form-urlencoded").formParam("client_id", id(client))
                .post("/oauth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aRevokedClientsTokenStopsWorkingAtOnce() {
        Map<String, Object> client = client("partners:read");
        String token = token(client, null).path("access_token");
        given().auth().oauth2(token).get(ForwardedRequestEcho.PATH).then().statusCode(200);
        given().header("X-API-Key", ADMIN_KEY).delete("/v1/api-clients/" + id(client)).then().statusCode(204);
        assertUnauthorized(token);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        JwtClaims claims = gatewayClaims(id(client("partners:read")), "partners:read");
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 300));
        assertUnauthorized(signRs256(claims, privateKey("private.pem"), null));
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIs401() throws Exception {
        String clientId = id(client("partners:read"));
        JwtClaims issuer = gatewayClaims(clientId, "partners:read");
        issuer.setIssuer("https://evil.example");
        assertUnauthorized(signRs256(issuer, privateKey("private.pem"), null));
        JwtClaims audience = gatewayClaims(clientId, "partners:read");
        audience.setAudience("coalition-services");
        assertUnauthorized(signRs256(audience, privateKey("private.pem"), null));
    }

    @Test
    void aTamperedSignatureOrPayloadIs401() throws Exception {
        Map<String, Object> reader = client("partners:read");
        String valid = signRs256(gatewayClaims(id(reader), "partners:read"), privateKey("private.pem"), null);
        given().auth().oauth2(valid).get(ForwardedRequestEcho.PATH).then().statusCode(200);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("partners:read", "admin");
        assertUnauthorized(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        char last = parts[2].charAt(parts[2].length() - 2);
        assertUnauthorized(parts[0] + "." + parts[1] + "."
                + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1));
        assertUnauthorized(signRs256(gatewayClaims(id(reader), "partners:read"), privateKey("other-private.pem"), null));
    }

    @Test
    void unsignedTokensAndHs256SignedWithThePublicKeyAre401() throws Exception {
        String clientId = id(client("partners:read"));
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(gatewayClaims(clientId, "partners:read").toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        assertUnauthorized(none.getCompactSerialization());

        JsonWebSignature hs256 = new JsonWebSignature();
        hs256.setPayload(gatewayClaims(clientId, "partners:read").toJson());
        hs256.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hs256.setKey(new HmacKey(Files.readAllBytes(AccessFixtures.KEYS.resolve("public.pem"))));
        hs256.setDoKeyValidation(false);
        assertUnauthorized(hs256.getCompactSerialization());
    }

    @Test
    void aTokenNeverGrantsMoreThanItsClientHolds() throws Exception {
        String clientId = id(client("partners:read"));
        // Validly signed, but claiming a scope the client does not hold: the client's scopes win.
        String token = signRs256(gatewayClaims(clientId, "partners:read people:read"), privateKey("private.pem"), null);
        given().auth().oauth2(token).get("/v1/people").then().statusCode(403);
    }
}
