package org.coalition.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each app's image: the Quarkus JVM layout on a JRE, a non-root user and a health check. */
class DockerfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"partners-service", "meetings-service", "projects-service", "gateway"})
    void theImageRunsTheQuarkusLayoutOnAJreAsANonRootUserWithAHealthCheck(String module) throws IOException {
        Apps app = Apps.ALL.stream().filter(candidate -> candidate.name().equals(module)).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(Repository.path(module + "/src/main/docker/Dockerfile.jvm")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        List<String> from = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(from).hasSize(1);
        assertThat(from.get(0)).contains("jre");
        for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertThat(lines).contains("COPY target/quarkus-app/" + part + " " + (part.equals("*.jar") ? "./" : part));
        }
        int user = indexOf(lines, "USER ");
        assertThat(user).isPositive();
        assertThat(lines.get(user)).matches("USER [1-9][0-9]*:[1-9][0-9]*");
        assertThat(lines.subList(user, lines.size())).as("nothing runs as root after USER").noneMatch(line -> line.startsWith("RUN "));
        assertThat(lines).contains("EXPOSE " + app.port());
        assertThat(String.join("\n", lines))
                .contains("ENV " + app.prefix() + "_HTTP_PORT=" + app.port())
                .contains("HEALTHCHECK ")
                .contains("/q/health/ready")
                .contains("${" + app.prefix() + "_HTTP_PORT}");
        assertThat(lines.get(lines.size() - 1)).startsWith("ENTRYPOINT ").contains("exec java").contains("quarkus-run.jar");

        List<String> ignored = Files.readAllLines(Repository.path(module + "/.dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(ignored).containsExactly("*", "!target/quarkus-app/*");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
