package org.coalition.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalition.gateway.routing.Route;
import org.coalition.gateway.routing.RouteTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's document against the documents the services stored when they were built (packed
 * into the gateway by its build): nothing a service offers may be missing, nothing may be routed
 * elsewhere, and what several services share must be the same thing.
 */
@QuarkusTest
class MergedOpenApiTest {

    private static final Map<String, String> SERVICES = Map.of(
            "partners", "META-INF/openapi-services/partners/openapi.json",
            "meetings", "META-INF/openapi-services/meetings/openapi.json",
            "projects", "META-INF/openapi-services/projects/openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RouteTable routes;

    private JsonNode merged;
    private final Map<String, JsonNode> services = new LinkedHashMap<>();

    @BeforeEach
    void load() throws IOException {
        merged = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(service.getValue())) {
                assertThat(in).as("the build packs %s's stored document (%s)", service.getKey(), service.getValue())
                        .isNotNull();
                services.put(service.getKey(), JSON.readTree(in));
            }
        }
    }

    @Test
    void containsEveryOperationOfEveryService() {
        int operations = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            for (Iterator<Map.Entry<String, JsonNode>> paths = service.getValue().path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                    String method = methods.next();
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    operations++;
                    JsonNode ours = merged.path("paths").path(path.getKey()).path(method);
                    if (ours.isMissingNode()
                            || !ours.path("summary").equals(path.getValue().path(method).path("summary"))
                            || !ours.path("parameters").equals(path.getValue().path(method).path("parameters"))) {
                        missing.add(service.getKey() + ": " + method.toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(missing).as("service operations missing from the gateway's document or changed in it").isEmpty();
        assertThat(operations).as("operations of partners- and projects-service").isGreaterThan(50);
    }

    @Test
    void routesEveryDocumentedPathToTheServiceThatDocumentsIt() {
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            service.getValue().path("paths").fieldNames().forEachRemaining(path ->
                    assertThat(routes.match(path).map(Route::service)).as(path).hasValue(service.getKey()));
        }
    }

    @Test
    void definesSharedSchemasOnceAndTheSameEverywhere() {
        Map<String, JsonNode> firstDefinition = new HashMap<>();
        Map<String, String> definedBy = new HashMap<>();
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            service.getValue().path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode earlier = firstDefinition.putIfAbsent(schema.getKey(), schema.getValue());
                if (earlier != null) {
                    assertThat(schema.getValue())
                            .as("schema %s of %s differs from %s's; rename one", schema.getKey(), service.getKey(),
                                    definedBy.get(schema.getKey()))
                            .isEqualTo(earlier);
                }
                definedBy.putIfAbsent(schema.getKey(), service.getKey());
                assertThat(merged.path("components").path("schemas").path(schema.getKey()))
                        .as("schema %s in the gateway's document", schema.getKey()).isEqualTo(schema.getValue());
            });
        }
        assertThat(merged.path("components").path("schemas").fieldNames()).toIterable()
                .contains("Problem", "FieldError", "Page", "UUID");
    }

    @Test
    void keepsInternalEndpointsOut() {
        merged.path("paths").fieldNames().forEachRemaining(path ->
                assertThat(path).as("public paths only").matches("/v1/.*|/oauth/token"));
    }

    @Test
    void declaresTheCredentialsTheGatewayAccepts() {
        JsonNode schemes = merged.path("components").path("securitySchemes");
        assertThat(schemes.path("apiKey").path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path("apiKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("apiKey").path("name").asText()).isEqualTo("X-API-Key");
        JsonNode clientCredentials = schemes.path("oauth2").path("flows").path("clientCredentials");
        assertThat(clientCredentials.path("tokenUrl").asText()).isEqualTo("/oauth/token");
        assertThat(clientCredentials.path("scopes").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "partners:read", "partners:write", "people:read", "people:write", "meetings:read",
                "meetings:write", "projects:read", "projects:write", "admin");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("bearer").path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(merged.path("security").findValuesAsText("apiKey")).isNotNull();
        assertThat(merged.path("security").toString()).contains("apiKey", "oauth2", "bearer");
    }

    @Test
    void declaresAndDescribesATagForEveryResourceFamily() {
        Map<String, String> declared = new HashMap<>();
        merged.path("tags").forEach(tag -> declared.put(tag.path("name").asText(), tag.path("description").asText()));
        assertThat(declared).containsKeys("Partners", "People", "Groups", "Partnerships", "Communities", "Projects");
        merged.path("paths").forEach(item -> item.fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                assertThat(operation.getValue().path("tags")).as("every operation is tagged").isNotEmpty();
                operation.getValue().path("tags").forEach(tag ->
                        assertThat(declared.get(tag.asText())).as("description of tag %s", tag.asText()).isNotBlank());
            }
        }));
    }

    @Test
    void namesTheProductAndNoServicesPort() {
        assertThat(merged.path("openapi").asText()).startsWith("3.1");
        assertThat(merged.path("info").path("title").asText()).isEqualTo("Coalition API");
        assertThat(merged.path("servers").toString()).doesNotContain("8081", "8082", "8083");
    }

    @Test
    void servesYamlAndSwaggerUi() {
        given().get("/q/openapi").then()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .body(startsWith("---\nopenapi: 3.1"));
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }
}
