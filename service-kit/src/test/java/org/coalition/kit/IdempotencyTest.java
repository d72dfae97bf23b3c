package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager entityManager;

    private static String body(String name) {
        return "{\"name\":\"" + name + "\",\"color\":\"red\",\"size\":5}";
    }

    private long widgetsNamed(String name) {
        return ((Number) entityManager.createNativeQuery("select count(*) from widget where name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    @Test
    void retryWithSameKeyAndBodyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        String name = "idem-" + key;
        Response first = given().contentType("application/json").header("Idempotency-Key", key)
                .body(body(name)).post("/v1/widgets");
        first.then().statusCode(201);

        // Same content, other key order and spacing: the same request.
        Response retry = given().contentType("application/json").header("Idempotency-Key", key)
                .body("{ \"size\": 5, \"color\": \"red\", \"name\": \"" + name + "\" }").post("/v1/widgets");
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")));
        assertThat(widgetsNamed(name)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key)
                .body(body("idem-a-" + key)).post("/v1/widgets").then().statusCode(201);
        given().contentType("application/json").header("Idempotency-Key", key)
                .body(body("idem-b-" + key)).post("/v1/widgets")
                .then().statusCode(422).body("type", equalTo("urn:coalition:problem:idempotency-key-reused"));
        assertThat(widgetsNamed("idem-b-" + key)).isZero();
    }

    @Test
    void failedRequestDoesNotUseUpTheKey() {
        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key)
                .body("{\"name\":\"\",\"color\":\"red\",\"size\":5}").post("/v1/widgets").then().statusCode(400);
        String taken = "idem-taken-" + key;
        given().contentType("application/json").body(body(taken)).post("/v1/widgets").then().statusCode(201);
        given().contentType("application/json").header("Idempotency-Key", key)
                .body(body(taken)).post("/v1/widgets").then().statusCode(409);
        given().contentType("application/json").header("Idempotency-Key", key)
                .body(body("idem-free-" + key)).post("/v1/widgets").then().statusCode(201);
    }

    @Test
    void invalidKeyIs400() {
        given().contentType("application/json").header("Idempotency-Key", "x".repeat(300))
                .body(body("idem-long-" + UUID.randomUUID())).post("/v1/widgets")
                .then().statusCode(400).body("type", equalTo("urn:coalition:problem:bad-header"));
    }

    @Test
    void concurrentDuplicatesCreateOneWidget() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "idem-race-" + key;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> given().contentType("application/json").header("Idempotency-Key", key)
                        .body(body(name)).post("/v1/widgets"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> call : pool.invokeAll(calls)) {
                Response response = call.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.path("id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(widgetsNamed(name)).isEqualTo(1);
    }
}
