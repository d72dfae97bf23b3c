package org.coalition.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs an external linter, Redocly CLI, on the document the gateway serves. The linter's version is
 * pinned in src/test/openapi-lint/package.json and package-lock.json and installed with npm ci into
 * target/openapi-lint, so every machine lints with the same rules.
 */
@QuarkusTest
class OpenApiLintTest {

    private static final Path PINNED = Path.of("src/test/openapi-lint");
    private static final Path WORK = Path.of("target/openapi-lint");

    @Test
    void theMergedDocumentPassesTheLinterWithoutErrors() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml")) {
            Files.copy(PINNED.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);

        String document = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        Files.writeString(WORK.resolve("openapi.json"), document, StandardCharsets.UTF_8);

        String report = run(List.of("node_modules/.bin/redocly", "lint", "openapi.json", "--config", "redocly.yaml",
                "--format", "json", "--max-problems", "1000"), 120);
        JsonNode result = new ObjectMapper().readTree(report.substring(report.indexOf('{')));
        List<String> errors = new ArrayList<>();
        result.path("problems").forEach(problem -> {
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(problem.path("ruleId").asText() + " at "
                        + problem.path("location").path(0).path("pointer").asText() + ": " + problem.path("message").asText());
            }
        });
        assertThat(errors).as("Redocly errors in the merged OpenAPI document").isEmpty();
        assertThat(result.path("totals").path("errors").asInt()).isZero();
    }

    /** Runs a command in the lint folder; its standard output (the report) is returned. */
    private static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = WORK.resolve("stderr.log");
        Process process = new ProcessBuilder(command)
                .directory(WORK.toFile())
                .redirectError(log.toFile())
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        String stdout = new String(output, StandardCharsets.UTF_8);
        // The linter exits non-zero when it finds errors; the report says which, and is checked above.
        if (process.exitValue() != 0 && !command.get(0).endsWith("redocly")) {
            throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + Files.readString(log));
        }
        return stdout;
    }
}
