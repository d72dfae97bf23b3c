package org.coalition.gateway.clients;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coalition.gateway.AccessFixtures.ADMIN_KEY;
import static org.coalition.gateway.AccessFixtures.client;
import static org.coalition.gateway.AccessFixtures.id;
import static org.coalition.gateway.AccessFixtures.key;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiClientResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theAdminCreatesAClientWhoseCredentialsAreShownOnceAndStoredAsHashes() {
        Response created = given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"PESWG dashboard\",\"scopes\":[\"partners:read\",\"meetings:read\"],\"rateLimitPerMinute\":600}")
                .post("/v1/api-clients");
        created.then().statusCode(201)
                .header("Location", containsString("/v1/api-clients/" + created.path("id")))
                .header("Cache-Control", "no-store")
                .body("name", equalTo("PESWG dashboard"))
                .body("rateLimitPerMinute", equalTo(600))
                .body("apiKey", startsWith("cok_"))
                .body("clientSecret", startsWith("cos_"));
        String apiKey = created.path("apiKey");
        assertThat(apiKey.length()).isGreaterThanOrEqualTo(43);

        given().header("X-API-Key", ADMIN_KEY).get("/v1/api-clients/" + created.path("id")).then()
                .statusCode(200)
                .body("scopes", org.hamcrest.Matchers.contains("partners:read", "meetings:read"))
                .body("$", not(hasKey("apiKey")))
                .body("$", not(hasKey("clientSecret")));

        Object[] stored = (Object[]) entityManager.createNativeQuery(
                        "select key_hash, secret_hash from api_client where id = ?1")
                .setParameter(1, UUID.fromString(created.path("id"))).getSingleResult();
        assertThat(stored[0]).isEqualTo(Secrets.hash(apiKey)).isNotEqualTo(apiKey);
        assertThat(stored[1]).isEqualTo(Secrets.hash(created.path("clientSecret")));
    }

    @Test
    void aRequestWithoutCredentialIs401WithAChallenge() {
        given().get("/v1/partners").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:unauthorized"))
                .body("instance", equalTo("/v1/partners"));
    }

    @Test
    void anUnknownKeyIs401() {
        given().header("X-API-Key", "cok_not-a-key").get("/v1/partners").then()
                .statusCode(401).header("WWW-Authenticate", containsString("realm=\"coalition\""));
    }

    @Test
    void onlyAnAdminCreatesClients() {
        Map<String, Object> reader = client("partners:read");
        given().header("X-API-Key", key(reader)).contentType("application/json")
                .body("{\"name\":\"mine\",\"scopes\":[\"admin\"]}")
                .post("/v1/api-clients").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:coalition:problem:forbidden"));
    }

    @Test
    void aClientSeesItselfButAnotherClientIsNotFound() {
        Map<String, Object> mine = client("partners:read");
        Map<String, Object> other = client("partners:read");
        given().header("X-API-Key", key(mine)).get("/v1/api-clients/" + id(mine)).then()
                .statusCode(200).body("id", equalTo(id(mine)));
        given().header("X-API-Key", key(mine)).get("/v1/api-clients/" + id(other)).then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("X-API-Key", key(mine)).delete("/v1/api-clients/" + id(other)).then().statusCode(404);
        given().header("X-API-Key", key(mine)).post("/v1/api-clients/" + id(other) + "/rotate").then().statusCode(404);
        given().header("X-API-Key", key(other)).get("/v1/api-clients/" + id(other)).then().statusCode(200);
    }

    @Test
    void revocationTakesEffectOnTheNextRequest() {
        Map<String, Object> client = client("partners:read");
        given().header("X-API-Key", key(client)).get("/v1/api-clients/" + id(client)).then().statusCode(200);
        given().header("X-API-Key", ADMIN_KEY).delete("/v1/api-clients/" + id(client)).then().statusCode(204);
        given().header("X-API-Key", key(client)).get("/v1/api-clients/" + id(client)).then().statusCode(401);
        given().header("X-API-Key", ADMIN_KEY).get("/v1/api-clients/" + id(client)).then().statusCode(404);
    }

    @Test
    void rotationEndsTheOldKeyAtOnce() {
        Map<String, Object> client = client("partners:read");
        Response rotated = given().header("X-API-Key", key(client)).post("/v1/api-clients/" + id(client) + "/rotate");
        rotated.then().statusCode(200).header("Cache-Control", "no-store")
                .body("apiKey", startsWith("cok_")).body("rotatedAt", not(equalTo(null)));
        given().header("X-API-Key", key(client)).get("/v1/api-clients/" + id(client)).then().statusCode(401);
        given().header("X-API-Key", (String) rotated.path("apiKey")).get("/v1/api-clients/" + id(client)).then()
                .statusCode(200);
    }

    @Test
    void unknownScopesAndMissingNamesAre400() {
        given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"x\",\"scopes\":[\"partners:read\",\"everything\"]}")
                .post("/v1/api-clients").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scopes[1]"));
        given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"scopes\":[\"partners:read\"]}")
                .post("/v1/api-clients").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"x\",\"scopes\":[\"partners:read\"],\"rateLimitPerMinute\":0}")
                .post("/v1/api-clients").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rateLimitPerMinute"));
    }

    @Test
    void fieldsOnlyTheGatewaySetsAreIgnored() {
        String chosenId = UUID.randomUUID().toString();
        given().header("X-API-Key", ADMIN_KEY).contentType("application/json")
                .body("{\"id\":\"" + chosenId + "\",\"name\":\"x\",\"scopes\":[\"partners:read\"],"
                        + "\"apiKey\":\"cok_chosen\",\"createdAt\":\"2000-01-01T00:00:00Z\",\"version\":7}")
                .post("/v1/api-clients").then()
                .statusCode(201)
                .body("id", not(equalTo(chosenId)))
                .body("apiKey", not(equalTo("cok_chosen")))
                .body("createdAt", not(startsWith("2000")));
    }

    @Test
    void aClientCannotChangeItsOwnScopes() {
        Map<String, Object> client = client("partners:read");
        given().header("X-API-Key", key(client)).contentType("application/json")
                .body("{\"scopes\":[\"admin\"]}")
                .put("/v1/api-clients/" + id(client)).then().statusCode(405);
        given().header("X-API-Key", key(client)).contentType("application/merge-patch+json")
                .body("{\"scopes\":[\"admin\"]}")
                .patch("/v1/api-clients/" + id(client)).then().statusCode(405);
        given().header("X-API-Key", key(client)).get("/v1/api-clients/" + id(client)).then()
                .body("scopes", org.hamcrest.Matchers.contains("partners:read"));
    }
}
