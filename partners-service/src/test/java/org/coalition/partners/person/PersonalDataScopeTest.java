package org.coalition.partners.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** Behind the gateway (its key configured), e-mail, phone and gender need people:read. */
@QuarkusTest
@TestProfile(PersonalDataScopeTest.BehindTheGateway.class)
class PersonalDataScopeTest {

    private static final Path KEYS = Path.of("src/test/resources/keys").toAbsolutePath();

    public static class BehindTheGateway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coalition.token.public-key-location", KEYS.resolve("public.pem").toString());
        }
    }

    private static String token(String scope) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("coalition-gateway");
        claims.setAudience("coalition-services");
        claims.setSubject("client-" + scope.replace(' ', '-'));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(1);
        claims.setClaim("scope", scope);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve("private.pem"))));
        return jws.getCompactSerialization();
    }

    private static String person(String name) throws Exception {
        Map<String, Object> body = Map.of("name", name, "email", UUID.randomUUID() + "@example.org",
                "phone", "+855 23 123 456", "country", "KH",
                "genderDescription", "agender");
        return given().auth().oauth2(token("people:read people:write")).contentType("application/json").body(body)
                .post("/v1/people").then().statusCode(201)
                .body("phone", equalTo("+855 23 123 456"))
                .extract().path("id");
    }

    @Test
    void withoutTheGatewaysTokenTheServiceAnswers401() {
        given().get("/v1/people").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aCallerWithPeopleReadSeesPersonalData() throws Exception {
        String id = person("Sokha Chan");
        given().auth().oauth2(token("people:read")).get("/v1/people/" + id).then()
                .statusCode(200)
                .body("email", containsString("@example.org"))
                .body("phone", equalTo("+855 23 123 456"))
                .body("genderDescription", equalTo("agender"));
    }

    @Test
    void aCallerWithoutPeopleReadGetsNoPersonalDataAnywhere() throws Exception {
        String name = "Dara " + UUID.randomUUID();
        String id = person(name);
        String writer = token("people:write");
        given().auth().oauth2(writer).get("/v1/people/" + id).then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("gender")))
                .body("$", not(hasKey("genderDescription")));
        given().auth().oauth2(writer).queryParam("q", name).get("/v1/people").then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0]", not(hasKey("email")))
                .body("items[0]", not(hasKey("phone")));
        String csv = given().auth().oauth2(writer).accept("text/csv").queryParam("q", name).get("/v1/people")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("id,name,country").doesNotContain("email").doesNotContain("phone").doesNotContain("gender");
        org.assertj.core.api.Assertions.assertThat(csv).contains(name).doesNotContain("@example.org")
                .doesNotContain("+855").doesNotContain("agender");
        given().auth().oauth2(writer).contentType("application/json")
                .body(Map.of("name", "Vanna " + UUID.randomUUID(), "email", UUID.randomUUID() + "@example.org",
                        "phone", "+855 12 000 000"))
                .post("/v1/people").then().statusCode(201)
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("phone")));
    }
}
