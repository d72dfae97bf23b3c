package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/** The kit's test app with the gateway's public key configured: /v1 answers only valid gateway tokens. */
@QuarkusTest
@TestProfile(ForwardedTokenTest.WithGatewayKey.class)
class ForwardedTokenTest {

    private static final Path KEYS = Path.of("src/test/resources/keys").toAbsolutePath();

    public static class WithGatewayKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coalition.token.public-key-location", KEYS.resolve("public.pem").toString());
        }
    }

    private static PrivateKey key(String file) throws Exception {
        return KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve(file)));
    }

    private static JwtClaims claims(String clientId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("coalition-gateway");
        claims.setAudience("coalition-services");
        claims.setSubject(clientId);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(1);
        claims.setGeneratedJwtId();
        claims.setClaim("scope", "partners:read partners:write");
        return claims;
    }

    private static String sign(JwtClaims claims, String keyFile) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key(keyFile));
        return jws.getCompactSerialization();
    }

    private static String valid(String clientId) throws Exception {
        return sign(claims(clientId), "private.pem");
    }

    private static void assertUnauthorized(Response response) {
        response.then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:unauthorized"));
    }

    @Test
    void aRequestWithoutTheGatewayTokenIs401() {
        assertUnauthorized(given().get("/v1/widgets"));
    }

    @Test
    void aValidGatewayTokenIsServed() throws Exception {
        given().auth().oauth2(valid("client-a")).get("/v1/widgets").then().statusCode(200);
    }

    @Test
    void healthNeedsNoToken() {
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        JwtClaims claims = claims("client-a");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(-5);
        assertUnauthorized(given().auth().oauth2(sign(claims, "private.pem")).get("/v1/widgets"));
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIs401() throws Exception {
        JwtClaims issuer = claims("client-a");
        issuer.setIssuer("someone-else");
        assertUnauthorized(given().auth().oauth2(sign(issuer, "private.pem")).get("/v1/widgets"));
        JwtClaims audience = claims("client-a");
        audience.setAudience("another-audience");
        assertUnauthorized(given().auth().oauth2(sign(audience, "private.pem")).get("/v1/widgets"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        assertUnauthorized(given().auth().oauth2(sign(claims("client-a"), "other-private.pem")).get("/v1/widgets"));
    }

    @Test
    void aTamperedTokenIs401() throws Exception {
        String[] parts = valid("client-a").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("client-a", "client-b");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthorized(given().auth().oauth2(tampered).get("/v1/widgets"));
    }

    @Test
    void unsignedAndSymmetricTokensAre401() throws Exception {
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims("client-a").toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        assertUnauthorized(given().auth().oauth2(none.getCompactSerialization()).get("/v1/widgets"));

        // HS256 keyed with the public key's bytes, the classic algorithm-confusion attack.
        JsonWebSignature hs256 = new JsonWebSignature();
        hs256.setPayload(claims("client-a").toJson());
        hs256.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hs256.setKey(new HmacKey(Files.readAllBytes(KEYS.resolve("public.pem"))));
        hs256.setDoKeyValidation(false);
        assertUnauthorized(given().auth().oauth2(hs256.getCompactSerialization()).get("/v1/widgets"));
    }

    @Test
    void idempotencyKeysOfTwoClientsNeverMeet() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"scoped-" + key + "\",\"color\":\"red\",\"size\":5}";
        String first = given().auth().oauth2(valid("client-a")).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/v1/widgets")
                .then().statusCode(201).extract().path("id");
        // Without the client in the scope, the same key with another body would be a 422.
        given().auth().oauth2(valid("client-b")).contentType("application/json")
                .header("Idempotency-Key", key).body(body.replace("scoped-", "other-")).post("/v1/widgets")
                .then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("id", not(equalTo(first)));
        given().auth().oauth2(valid("client-a")).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/v1/widgets")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }
}
