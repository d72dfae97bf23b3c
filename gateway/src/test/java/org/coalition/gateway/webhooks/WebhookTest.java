package org.coalition.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coalition.gateway.AccessFixtures.client;
import static org.coalition.gateway.AccessFixtures.key;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

    private static Response subscribe(String apiKey, String url, String... eventTypes) {
        return given().header("X-API-Key", apiKey).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of(eventTypes), "description", "test"))
                .post("/v1/webhooks");
    }

    /** Verifies a delivery as a subscriber would, by the Standard Webhooks scheme. */
    private static void assertSigned(Receiver.Received received, String secret) throws Exception {
        String id = received.header("webhook-id");
        String timestamp = received.header("webhook-timestamp");
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(60);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + received.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(received.header("webhook-signature")).isEqualTo(expected);
    }

    @Test
    void urlsIntoTheGatewaysNetworkOrOfOtherSchemesAre400() {
        String apiKey = key(client("partners:read"));
        for (String url : new String[] {"http://127.0.0.1:9000/hook", "http://169.254.169.254/latest/meta-data",
                "http://10.1.2.3/hook", "http://[::1]:8080/hook", "http://192.168.1.10/hook", "http://0.0.0.0/hook",
                "ftp://example.org/hook", "file:///etc/passwd", "not a url"}) {
            subscribe(apiKey, url, "org.coalition.partner.*").then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("url"));
        }
        subscribe(apiKey, "http://localhost:1/hook", "bad pattern!").then().statusCode(400);
    }

    @Test
    void anotherClientsSubscriptionIsNotFound() {
        String mine = key(client("partners:read"));
        String other = key(client("partners:read"));
        String id = subscribe(mine, "http://localhost:1/hook", "org.coalition.partner.*").then().statusCode(201)
                .extract().path("id");
        given().header("X-API-Key", mine).get("/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        given().header("X-API-Key", other).get("/v1/webhooks/" + id).then().statusCode(404);
        given().header("X-API-Key", other).get("/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().header("X-API-Key", other).post("/v1/webhooks/" + id + "/test").then().statusCode(404);
        given().header("X-API-Key", other).delete("/v1/webhooks/" + id).then().statusCode(404);
        given().header("X-API-Key", other).get("/v1/webhooks").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().header("X-API-Key", mine).delete("/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void aTestEventArrivesSignedAndIsRedeliveredAfterA500() throws Exception {
        try (Receiver receiver = new Receiver(500)) {
            String apiKey = key(client("partners:read"));
            Response created = subscribe(apiKey, receiver.url(), "org.coalition.partner.*");
            created.then().statusCode(201).body("secret", startsWith("whsec_")).body("status", equalTo("active"));
            String id = created.path("id");
            given().header("X-API-Key", apiKey).post("/v1/webhooks/" + id + "/test").then().statusCode(202);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received.size() >= 2);
            Receiver.Received first = receiver.received.get(0);
            Receiver.Received retry = receiver.received.get(1);
            assertThat(first.answered()).isEqualTo(500);
            assertThat(retry.header("webhook-id")).isEqualTo(first.header("webhook-id"));
            assertSigned(retry, created.path("secret"));
            JsonPath event = JsonPath.from(retry.body());
            assertThat(event.getString("type")).isEqualTo("org.coalition.webhook.test");
            assertThat(event.getString("specversion")).isEqualTo("1.0");

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    given().header("X-API-Key", apiKey).get("/v1/webhooks/" + id + "/deliveries").then()
                            .statusCode(200)
                            .body("items[0].status", equalTo("delivered"))
                            .body("items[0].attempts.statusCode", org.hamcrest.Matchers.contains(500, 200)));
        }
    }

    @Test
    void aServicesEventReachesOnlySubscribersWhoMayReadItsFamily() throws Exception {
        try (Receiver reader = new Receiver(); Receiver outsider = new Receiver()) {
            String readerKey = key(client("partners:read"));
            String outsiderKey = key(client("meetings:read"));
            String secret = subscribe(readerKey, reader.url(), "org.coalition.partner.*").then().statusCode(201)
                    .extract().path("secret");
            subscribe(outsiderKey, outsider.url(), "*").then().statusCode(201);

            String partnerId = UUID.randomUUID().toString();
            String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/partners-service\","
                    + "\"type\":\"org.coalition.partner.registered\",\"subject\":\"" + partnerId + "\","
                    + "\"time\":\"2026-01-01T00:00:00Z\",\"datacontenttype\":\"application/json\","
                    + "\"data\":{\"id\":\"" + partnerId + "\",\"name\":\"NGO Education Partnership\"}}";
            KafkaTopics.send("gateway-test.partners.events", partnerId, event);
            // The same event again (a redelivery) is delivered once.
            KafkaTopics.send("gateway-test.partners.events", partnerId, event);

            await().atMost(Duration.ofSeconds(30)).until(() -> reader.received.stream()
                    .anyMatch(r -> r.body().contains(partnerId)));
            Thread.sleep(2000);
            assertThat(reader.received.stream().filter(r -> r.body().contains(partnerId)).count()).isEqualTo(1);
            Receiver.Received received = reader.received.stream().filter(r -> r.body().contains(partnerId)).findFirst()
                    .orElseThrow();
            assertSigned(received, secret);
            assertThat(JsonPath.from(received.body()).getString("data.name")).isEqualTo("NGO Education Partnership");
            assertThat(outsider.received).noneMatch(r -> r.body().contains(partnerId));
        }
    }

    @Test
    void aSubscriptionIsDisabledAfterRepeatedFailures() throws Exception {
        try (Receiver receiver = new Receiver(500, 500, 500, 500, 500)) {
            String apiKey = key(client("partners:read"));
            String id = subscribe(apiKey, receiver.url(), "org.coalition.partner.*").then().statusCode(201)
                    .extract().path("id");
            given().header("X-API-Key", apiKey).post("/v1/webhooks/" + id + "/test").then().statusCode(202);

            // The test configuration gives up after 3 attempts and disables after 3 failures in a row.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().header("X-API-Key", apiKey).get("/v1/webhooks/" + id).then().body("status", equalTo("disabled")));
            given().header("X-API-Key", apiKey).get("/v1/webhooks/" + id + "/deliveries").then()
                    .body("items[0].status", equalTo("failed"))
                    .body("items[0].attempts", org.hamcrest.Matchers.hasSize(3));
            assertThat(receiver.received).hasSize(3);
            given().header("X-API-Key", apiKey).post("/v1/webhooks/" + id + "/test").then().statusCode(409);
        }
    }
}
