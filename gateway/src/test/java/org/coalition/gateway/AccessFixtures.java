package org.coalition.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/** API clients and tokens for the gateway's access tests. */
public final class AccessFixtures {

    public static final String ADMIN_KEY = "test-admin-key";
    public static final Path KEYS = Path.of("src/test/resources/keys").toAbsolutePath();

    private AccessFixtures() {
    }

    /** A new client; its map holds id, apiKey and clientSecret. */
    public static Map<String, Object> client(String... scopes) {
        String body = "{\"name\":\"test client\",\"scopes\":[" + String.join(",",
                Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList()) + "]}";
        Response created = given().header("X-API-Key", ADMIN_KEY).contentType("application/json").body(body)
                .post("/v1/api-clients");
        created.then().statusCode(201);
        return created.jsonPath().getMap("");
    }

    public static String key(Map<String, Object> client) {
        return (String) client.get("apiKey");
    }

    public static String id(Map<String, Object> client) {
        return (String) client.get("id");
    }

    public static PrivateKey privateKey(String file) throws Exception {
        return KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve(file)));
    }

    /** Claims as the gateway puts them in its access tokens. */
    public static JwtClaims gatewayClaims(String clientId, String scope) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("coalition-gateway");
        claims.setAudience("coalition-api");
        claims.setSubject(clientId);
        claims.setClaim("client_id", clientId);
        claims.setClaim("scope", scope);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        return claims;
    }

    public static String signRs256(JwtClaims claims, PrivateKey key, String keyId) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        jws.setKey(key);
        return jws.getCompactSerialization();
    }
}
