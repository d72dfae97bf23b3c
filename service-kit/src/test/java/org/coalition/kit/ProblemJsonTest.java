package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemJsonTest {

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", equalTo("urn:coalition:problem:" + type))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("org.coalition")));
    }

    @Test
    void malformedJsonIs400WithPosition() {
        assertProblem(given().contentType("application/json").body("{\"name\": \"a\",")
                .post("/v1/widgets").then(), 400, "malformed-json")
                .body("detail", containsString("line 1"))
                .body("instance", equalTo("/v1/widgets"));
    }

    @Test
    void wrongTypeNamesTheField() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\":\"a\",\"color\":\"red\",\"size\":\"big\"}")
                .post("/v1/widgets").then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\":\"a\",\"color\":\"mauve\",\"size\":1}")
                .post("/v1/widgets").then(), 400, "validation")
                .body("errors[0].field", equalTo("color"))
                .body("errors[0].message", equalTo("must be one of [red, green, blue]"));
    }

    @Test
    void beanValidationListsEveryFieldWithItsJsonPath() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\":\" \",\"size\":0,\"label\":{\"text\":\"\"}}")
                .post("/v1/widgets").then(), 400, "validation")
                .body("errors", hasSize(4))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("color"))
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("label.text"));
    }

    @Test
    void missingBodyIsA400() {
        assertProblem(given().contentType("application/json").post("/v1/widgets").then(), 400, "validation");
    }

    @Test
    void unknownIdIs404() {
        assertProblem(given().get("/v1/widgets/" + UUID.randomUUID()).then(), 404, "not-found")
                .body("detail", startsWith("No widget with id"));
    }

    @Test
    void badPathUuidIs404() {
        assertProblem(given().get("/v1/widgets/not-a-uuid").then(), 404, "not-found");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(given().get("/v1/nothing-here").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405AndOptionsListsTheAllowedOnes() {
        assertProblem(given().delete("/v1/widgets").then(), 405, "method-not-allowed")
                .body("detail", containsString("OPTIONS"));
        given().options("/v1/widgets").then().statusCode(200)
                .header("Allow", allOf(containsString("GET"), containsString("POST")));
    }

    @Test
    void unproducibleAcceptIs406() {
        assertProblem(given().accept("application/xml").get("/v1/widgets/" + UUID.randomUUID()).then(),
                406, "not-acceptable");
    }

    @Test
    void unsupportedContentTypeIs415() {
        assertProblem(given().contentType("text/plain").body("hello").post("/v1/widgets").then(),
                415, "unsupported-media-type");
    }

    @Test
    void oversizeBodyIs413() {
        String big = "{\"name\":\"" + "x".repeat(100 * 1024) + "\",\"color\":\"red\",\"size\":1}";
        assertProblem(given().contentType("application/json").body(big).post("/v1/widgets").then(),
                413, "payload-too-large");
    }

    @Test
    void unknownQueryParameterIs400() {
        assertProblem(given().queryParam("colour", "red").get("/v1/widgets").then(), 400, "unknown-parameter")
                .body("detail", containsString("'colour'"))
                .body("detail", containsString("tag"));
    }

    @Test
    void conflictIs409() {
        String name = "conflict-" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"color\":\"red\",\"size\":1}";
        given().contentType("application/json").body(body).post("/v1/widgets").then().statusCode(201);
        assertProblem(given().contentType("application/json").body(body).post("/v1/widgets").then(), 409, "conflict")
                .body("detail", containsString(name));
    }

    @Test
    void unexpectedFailureIs500WithAReferenceOnly() {
        String body = "{\"name\":\"fail-" + UUID.randomUUID() + "\",\"color\":\"red\",\"size\":1}";
        assertProblem(given().contentType("application/json").body(body).post("/v1/widgets/failing").then(),
                500, "internal")
                .body("detail", containsString("reference"))
                .body(not(containsString("on purpose")));
    }
}
