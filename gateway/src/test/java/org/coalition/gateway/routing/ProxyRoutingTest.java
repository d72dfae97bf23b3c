package org.coalition.gateway.routing;

import org.coalition.gateway.AccessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.coalition.gateway.testing.StubServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class ProxyRoutingTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest
    @CsvSource({
        "/v1/partners, partners",
        "/v1/partners/0191e0b6-7c2a-7000-8000-000000000001, partners",
        "/v1/partners/by-identifier/iati/XM-DAC-41304, partners",
        "/v1/people, partners",
        "/v1/groups/0191e0b6-7c2a-7000-8000-000000000002/members, partners",
        "/v1/partnerships, partners",
        "/v1/meetings, meetings",
        "/v1/meetings/0191e0b6-7c2a-7000-8000-000000000003/participants, meetings",
        "/v1/action-items, meetings",
        "/v1/communities, projects",
        "/v1/communities/0191e0b6-7c2a-7000-8000-000000000004/members, projects",
        "/v1/projects, projects",
        "/v1/projects/0191e0b6-7c2a-7000-8000-000000000005/milestones, projects"
    })
    void routesEveryResourceFamilyToItsService(String path, String service) {
        given().urlEncodingEnabled(false)
                .get(path + "?limit=10&q=%C3%91opo+caf%C3%A9").then()
                .statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo(path))
                .body("query", equalTo("limit=10&q=%C3%91opo+caf%C3%A9"));
    }

    @Test
    void leavesPathsOutsideTheTableToTheGateway() {
        int before = StubServices.partners.requests();
        given().get("/v1/partnersfoo").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        assertThat(StubServices.partners.requests()).isEqualTo(before);
    }

    @Test
    void streamsRequestBodiesAndPreservesMethodAndContentType() {
        String body = "{\"name\":\"" + "a".repeat(100_000) + "\"}";
        given().contentType("application/merge-patch+json").body(body)
                .patch("/v1/partners/0191e0b6-7c2a-7000-8000-000000000001").then()
                .statusCode(200)
                .body("method", equalTo("PATCH"))
                .body("bodyBytes", equalTo(body.length()))
                .body("headers.content-type", startsWith("application/merge-patch+json"));
    }

    @Test
    void forwardsHeadAndOptionsLikeAnyOtherMethod() {
        given().head("/v1/action-items").then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"));
        given().options("/v1/projects").then()
                .statusCode(200)
                .body("method", equalTo("OPTIONS"))
                .body("service", equalTo("projects"));
    }

    @Test
    void letsAClientThatExpectsContinueSendItsBodyAtOnce() throws Exception {
        byte[] body = new byte[256 * 1024];
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "v1/partners"))
                .expectContinue(true)
                .timeout(Duration.ofSeconds(10))
                .header("X-API-Key", AccessFixtures.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"bodyBytes\":" + body.length).doesNotContain("\"expect\"");
    }

    @Test
    void tellsTheServiceWhereTheClientCalledFrom() {
        Map<String, String> headers = given().get("/v1/people").then().statusCode(200)
                .extract().jsonPath().getMap("headers");
        assertThat(headers.get("x-forwarded-proto")).isEqualTo("http");
        assertThat(headers.get("x-forwarded-host")).isEqualTo(gateway.getHost() + ":" + gateway.getPort());
        assertThat(headers.get("x-forwarded-for")).contains("127.0.0.1");
        assertThat(headers).doesNotContainKey("x-forwarded-prefix");
    }

    @Test
    void rewritesAbsoluteLinksToThePublicBaseAndKeepsEtag() {
        String publicBase = "http://" + gateway.getHost() + ":" + gateway.getPort();
        given().contentType("application/json").body("{}")
                .post("/v1/partners/created").then()
                .statusCode(201)
                .header("Location", equalTo(publicBase + "/v1/partners/0191e0b6-7c2a-7000-8000-000000000001"))
                .header("Link", equalTo("<" + publicBase + "/v1/partners?cursor=abc>; rel=\"next\""))
                .header("ETag", equalTo("\"7\""))
                .header("Content-Type", startsWith("application/json"));
    }

    @Test
    void dropsHopByHopHeadersBothWaysAndKeepsTheGatewaysOwnRequestIdAndCors() {
        Response response = given()
                .header("Connection", "keep-alive, X-Hop-Secret")
                .header("X-Hop-Secret", "only for the next hop")
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("X-Request-Id", "req-123")
                .contentType("application/json").body("{}")
                .post("/v1/partners/created");
        response.then().statusCode(201)
                .header("Proxy-Authenticate", nullValue())
                .header("Access-Control-Allow-Origin", nullValue());
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("req-123");
        Map<String, String> forwarded = response.jsonPath().getMap("headers");
        assertThat(forwarded).doesNotContainKeys("x-hop-secret", "keep-alive", "proxy-authorization", "x-api-key");
        assertThat(forwarded.get("x-request-id")).isEqualTo("req-123");
    }

    @Test
    void generatesARequestIdWhenNoneOrAnUnsafeOneIsGiven() {
        Response plain = given().get("/v1/projects");
        String generated = plain.header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(plain.jsonPath().getString("headers.x-request-id")).isEqualTo(generated);

        Response unsafe = given().header("X-Request-Id", "two words\"").get("/v1/projects");
        assertThat(unsafe.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void carriesTheRequestIdOnTheGatewaysOwnAnswersToo() {
        given().header("X-Request-Id", "own-404").get("/v1/no-such-resource").then()
                .statusCode(404)
                .header("X-Request-Id", "own-404");
    }

    @Test
    void propagatesTheW3cTraceContext() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String traceparent = given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/v1/meetings").then().statusCode(200)
                .extract().jsonPath().getString("headers.traceparent");
        assertThat(traceparent).startsWith("00-" + traceId + "-").endsWith("-01");
        // The gateway's own span is the service's parent, not the caller's.
        assertThat(traceparent).doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void compressesForClientsThatAcceptGzip() {
        RestAssuredConfig gzipOnly = RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().contentDecoders(DecoderConfig.ContentDecoder.GZIP));
        given().config(gzipOnly).header("Accept-Encoding", "gzip")
                .get("/v1/communities").then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .body("service", equalTo("projects"));
        // The hop to the service stays uncompressed; compression happens once, at the edge.
        given().header("Accept-Encoding", "gzip").get("/v1/communities").then()
                .body("headers.accept-encoding", nullValue());
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity")
                .get("/v1/communities").then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void neverReachesAServicesInternalEndpoints() throws Exception {
        for (String path : new String[] {"/v1/partners/../../q/health", "/v1/partners/%2e%2e/%2e%2e/q/metrics",
                "/v1/people/..%2f..%2fq/health", "/q/../v1/partners/../../q/dev-ui"}) {
            String statusLine = rawGet(path);
            assertThat(statusLine).as(path).doesNotContain(" 200 OK\r\ninternal");
        }
        assertThat(StubServices.partners.internalHits()).isZero();
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The request line exactly as written: HTTP clients would normalise the dot segments away. */
    private String rawGet(String path) throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder all = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                all.append(line).append("\r\n");
            }
            return all.toString();
        }
    }
}
