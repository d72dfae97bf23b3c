package org.coalition.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml: Compose itself accepts it where a Compose tool is installed, and the rules of the
 * deployment hold (read from the file, so they are checked everywhere).
 */
class ComposeTest {

    private static final Map<String, Object> COMPOSE = Manifests.read(Repository.path("docker-compose.yml")).get(0);

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = Manifests.map(COMPOSE, "services." + name);
        assertThat(service).as("compose service %s", name).isNotEmpty();
        return service;
    }

    @Test
    void composeAcceptsTheFileWithTheExampleSettings() {
        List<String> compose = composeOrSkip();
        Tools.Result result = Tools.run(command(compose, "--env-file", ".env.example", "config", "-q"),
                Map.of("COALITION_ADMIN_KEY", "an-admin-key-for-the-check"), null);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    @Test
    void composeRefusesToStartWithoutAnAdminKey() {
        List<String> compose = composeOrSkip();
        Map<String, String> environment = new HashMap<>();
        environment.put("COALITION_ADMIN_KEY", null);
        Tools.Result result = Tools.run(command(compose, "--env-file", ".env.example", "config", "-q"), environment, null);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout() + result.stderr()).contains("COALITION_ADMIN_KEY");
    }

    @Test
    void onlyTheGatewayPublishesAPort() {
        Map<String, Object> services = Manifests.map(COMPOSE, "services");
        services.forEach((name, definition) -> {
            Map<String, Object> service = Manifests.asMap(definition, name);
            if (name.equals("gateway")) {
                assertThat(Manifests.list(service, "ports")).hasSize(1)
                        .allSatisfy(port -> assertThat(String.valueOf(port)).endsWith(":8080"));
            } else {
                assertThat(service).as(name).doesNotContainKeys("ports", "network_mode");
            }
        });
    }

    @Test
    void theDataStoresAreTheOfficialImagesWithHealthChecks() {
        assertThat(String.valueOf(service("postgres").get("image"))).startsWith("postgres:");
        assertThat(String.valueOf(service("kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(String.valueOf(service("redis").get("image"))).startsWith("redis:");
        Manifests.map(COMPOSE, "services").forEach((name, definition) -> {
            Map<String, Object> service = Manifests.asMap(definition, name);
            if (!"no".equals(service.get("restart"))) {
                assertThat(Manifests.list(service, "healthcheck.test")).as("%s health check", name).isNotEmpty();
            }
        });
        assertThat(String.valueOf(Manifests.get(service("postgres"), "volumes")))
                .contains("./docker/postgres/create-databases.sh:/docker-entrypoint-initdb.d/");
    }

    @Test
    void theAppsStartOnlyOnceWhatTheyNeedIsHealthy() {
        for (Apps app : Apps.ALL) {
            Map<String, Object> dependsOn = Manifests.map(service(app.name()), "depends_on");
            assertThat(Manifests.get(dependsOn, "postgres.condition")).as(app.name()).isEqualTo("service_healthy");
            assertThat(Manifests.get(dependsOn, "kafka.condition")).as(app.name()).isEqualTo("service_healthy");
            assertThat(Manifests.get(dependsOn, "kafka-topics.condition")).as(app.name())
                    .isEqualTo("service_completed_successfully");
            assertThat(Manifests.get(dependsOn, "token-keys.condition")).as(app.name())
                    .isEqualTo("service_completed_successfully");
            if (app.isGateway()) {
                assertThat(Manifests.get(dependsOn, "redis.condition")).isEqualTo("service_healthy");
                Apps.ALL.stream().filter(other -> !other.isGateway()).forEach(other ->
                        assertThat(Manifests.get(dependsOn, other.name() + ".condition")).isEqualTo("service_healthy"));
            }
            assertThat(String.join(" ", Manifests.list(service(app.name()), "healthcheck.test").stream().map(String::valueOf).toList()))
                    .contains("http://127.0.0.1:" + app.port() + "/q/health/ready");
        }
    }

    @Test
    void theAppsAreBuiltFromTheirDockerfilesAndRunLockedDown() {
        for (Apps app : Apps.ALL) {
            Map<String, Object> service = service(app.name());
            assertThat(Manifests.get(service, "build.context")).isEqualTo("./" + app.name());
            String dockerfile = String.valueOf(Manifests.get(service, "build.dockerfile"));
            assertThat(Repository.path(app.name()).resolve(dockerfile)).isRegularFile();
            assertThat(String.valueOf(service.get("image"))).startsWith("coalition/" + app.name() + ":");
            assertThat(service.get("read_only")).as(app.name()).isEqualTo(true);
            assertThat(Manifests.list(service, "cap_drop")).as(app.name()).contains("ALL");
            assertThat(service.get("user")).as("%s runs as the image's non-root user", app.name()).isNull();
            Map<String, Object> deployment = Manifests.find(Manifests.read(Repository.path("k8s/base/" + app.name() + ".yaml")),
                    "Deployment", app.name()).orElseThrow();
            Object baseImage = Manifests.maps(deployment, "spec.template.spec.containers").get(0).get("image");
            String composeImage = String.valueOf(service.get("image")).replaceAll("\\$\\{COALITION_IMAGE_TAG:-([^}]+)}", "$1");
            assertThat(baseImage).as("the image compose builds is the one the dev overlay runs").isEqualTo(composeImage);
        }
    }

    @Test
    void theAppsGetTheAgreedSettingsWithCredentialsFromTheEnvironment() {
        for (Apps app : Apps.ALL) {
            Map<String, Object> service = service(app.name());
            Map<String, Object> environment = Manifests.map(service, "environment");
            assertThat(environment).as(app.name()).containsKeys(app.requiredEnvironment().toArray(String[]::new));
            assertThat(String.valueOf(environment.get(app.prefix() + "_HTTP_PORT"))).isEqualTo(String.valueOf(app.port()));
            assertThat(environment.get(app.prefix() + "_DB_URL"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + app.database());
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            environment.forEach((variable, value) -> {
                if (Apps.isSecret(variable) && !variable.equals("REDIS_URL")) {
                    assertThat(String.valueOf(value)).as("%s %s comes from the environment", app.name(), variable)
                            .matches("\\$\\{" + variable + "[:?-].*}");
                }
            });
            List<String> volumes = Manifests.list(service, "volumes").stream().map(String::valueOf).toList();
            assertThat(String.valueOf(environment.get("COALITION_TOKEN_PUBLIC_KEY_LOCATION"))).startsWith("/keys/public/");
            assertThat(volumes).contains("token-public-key:/keys/public:ro");
            if (app.isGateway()) {
                assertThat(String.valueOf(environment.get("COALITION_TOKEN_PRIVATE_KEY_LOCATION"))).startsWith("/keys/private/");
                assertThat(volumes).contains("token-private-key:/keys/private:ro");
            } else {
                assertThat(volumes).as("%s must not see the signing key", app.name()).noneMatch(v -> v.startsWith("token-private-key"));
            }
        }
    }

    @Test
    void theExampleEnvFileNamesEverySettingTheFileReadsAndStaysOutOfGit() throws IOException {
        String compose = Files.readString(Repository.path("docker-compose.yml"));
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(compose);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        List<String> declared = new ArrayList<>();
        for (String line : Files.readAllLines(Repository.path(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                declared.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(declared).containsAll(used);
        assertThat(Files.readAllLines(Repository.path(".gitignore"))).contains(".env");
    }

    private static List<String> composeOrSkip() {
        var compose = Tools.composeCommand();
        Assumptions.assumeTrue(compose.isPresent(), "no Compose tool here (docker compose or docker-compose)");
        return compose.get();
    }

    private static List<String> command(List<String> compose, String... arguments) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of(arguments));
        return command;
    }
}
