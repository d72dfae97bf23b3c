package org.coalition.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is served, valid by the AsyncAPI parser (the engine of the AsyncAPI CLI's
 * validate, from npm), and generated from the catalog that the services' tests hold their code to.
 */
@QuarkusTest
class AsyncApiDocumentTest {

    private static final Path TOOLS = Path.of("src", "main", "asyncapi");
    private static final Path DOCUMENT = Path.of("src", "main", "resources", "META-INF", "resources", "asyncapi.yaml");

    @BeforeAll
    static void installValidator() throws Exception {
        if (!Files.isDirectory(TOOLS.resolve("node_modules").resolve("@asyncapi"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300).exitCode).as("npm ci").isZero();
        }
    }

    @Test
    void theGatewayServesTheDocument() {
        given().get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("asyncapi: 3.1.0"))
                .body(containsString("address: partners.events"))
                .body(containsString("name: org.coalition.person.erased"));
    }

    @Test
    void theDocumentIsValidAsyncApi() throws Exception {
        Result result = run(List.of("node", "validate.mjs", DOCUMENT.toAbsolutePath().toString()), 120);
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("valid AsyncAPI 3.1.0");
    }

    @Test
    void theValidatorRejectsABrokenDocument() throws Exception {
        Path broken = Files.createTempFile("asyncapi", ".yaml");
        Files.writeString(broken, Files.readString(DOCUMENT).replace("action: send", "action: shout"));
        Result result = run(List.of("node", "validate.mjs", broken.toString()), 120);
        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains("\"action\" property must be equal to one of the allowed values");
    }

    @Test
    void everyCatalogTypeIsInTheDocument() throws IOException {
        String document = Files.readString(DOCUMENT);
        List<String> types = Files.readAllLines(TOOLS.resolve("catalog.yaml")).stream()
                .filter(line -> line.startsWith("      org.coalition."))
                .map(line -> line.strip().substring(0, line.strip().indexOf(':')))
                .toList();
        assertThat(types).hasSizeGreaterThan(40);
        assertThat(types).allSatisfy(type -> assertThat(document)
                .as("asyncapi.yaml is stale: run generate.mjs (see README)").contains("name: " + type + "\n"));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws Exception {
        File log = File.createTempFile("asyncapi", ".log");
        Process process = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
