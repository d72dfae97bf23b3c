package org.coalition.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    /** Integrators read the document before the code: every operation says what it does and where it belongs. */
    @Test
    void everyPublicOperationHasASummaryAndATag() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        List<String> operations = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/v1/")) {
                methods.forEach((method, operation) -> {
                    operations.add(method + " " + path);
                    if (operation.get("summary") == null || operation.get("tags") == null) {
                        undocumented.add(method + " " + path);
                    }
                });
            }
        });
        assertThat(operations).contains("post /v1/meetings", "post /v1/meetings/{id}/hold",
                "post /v1/meetings/{id}/participants/batch", "get /v1/meetings/calendar.ics",
                "get /v1/meetings/statistics/representation", "patch /v1/action-items/{id}",
                "get /v1/action-items/statistics", "delete /v1/meetings/{id}/documents/{documentId}");
        assertThat(undocumented).isEmpty();
    }
}
