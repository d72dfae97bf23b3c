package org.coalition.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.coalition.gateway.AccessFixtures.privateKey;
import static org.coalition.gateway.AccessFixtures.signRs256;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.coalition.gateway.ForwardedRequestEcho;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** Tokens of an external OpenID Connect provider, whose keys the gateway reads from a JWKS URL. */
@QuarkusTest
@TestProfile(ExternalOidcTokenTest.WithProvider.class)
class ExternalOidcTokenTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(JwksServer.class));
        }
    }

    private static JwtClaims claims(String scope) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(JwksServer.ISSUER);
        claims.setAudience(JwksServer.AUDIENCE);
        claims.setSubject("service-account-emis");
        claims.setClaim("azp", "moeys-emis");
        claims.setClaim("scope", scope);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String ministryToken(JwtClaims claims) throws Exception {
        return signRs256(claims, privateKey("other-private.pem"), JwksServer.KEY_ID);
    }

    @Test
    void aValidProviderTokenIsAcceptedWithItsScopes() throws Exception {
        String token = ministryToken(claims("openid partners:read"));
        given().auth().oauth2(token).get(ForwardedRequestEcho.PATH).then()
                .statusCode(200)
                .body("clientId", equalTo("oidc:moeys-emis"));
        given().auth().oauth2(token).get("/v1/people").then().statusCode(403);
    }

    @Test
    void aProviderTokenWithAnotherIssuerAudienceOrKeyOrExpiredIs401() throws Exception {
        JwtClaims issuer = claims("partners:read");
        issuer.setIssuer("https://login.other.example");
        given().auth().oauth2(ministryToken(issuer)).get(ForwardedRequestEcho.PATH).then().statusCode(401);

        JwtClaims audience = claims("partners:read");
        audience.setAudience("someone-else");
        given().auth().oauth2(ministryToken(audience)).get(ForwardedRequestEcho.PATH).then().statusCode(401);

        JwtClaims expired = claims("partners:read");
        expired.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
        expired.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 300));
        given().auth().oauth2(ministryToken(expired)).get(ForwardedRequestEcho.PATH).then().statusCode(401);

        // The gateway's own key is not the provider's.
        given().auth().oauth2(signRs256(claims("partners:read"), privateKey("private.pem"), JwksServer.KEY_ID))
                .get(ForwardedRequestEcho.PATH).then().statusCode(401);
    }
}
