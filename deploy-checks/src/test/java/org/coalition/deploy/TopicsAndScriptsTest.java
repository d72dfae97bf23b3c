package org.coalition.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the dev overlay run the same scripts, and the prod overlay's KafkaTopics say
 * what create-topics.sh does: the three ways of running Coalition must not drift apart.
 */
class TopicsAndScriptsTest {

    @Test
    void composeAndTheDevOverlayRunTheSameScripts() throws IOException {
        assertThat(Files.readString(Repository.path("k8s/overlays/dev/create-topics.sh")))
                .isEqualTo(Files.readString(Repository.path("docker/kafka/create-topics.sh")));
        assertThat(Files.readString(Repository.path("k8s/overlays/dev/create-databases.sh")))
                .isEqualTo(Files.readString(Repository.path("docker/postgres/create-databases.sh")));
    }

    @Test
    void theScriptCreatesADatabaseOwnedByEachApp() throws IOException {
        String script = Files.readString(Repository.path("docker/postgres/create-databases.sh"));
        for (Apps app : Apps.ALL) {
            String role = app.name().replace("-service", "");
            assertThat(script).contains("create_app_database " + role + " " + app.database() + " \"${" + app.prefix() + "_DB_PASSWORD:?}\"");
        }
    }

    @Test
    void prodTopicsHaveTheSettingsOfTheScript() throws IOException {
        String script = Files.readString(Repository.path("docker/kafka/create-topics.sh"));
        Matcher families = Pattern.compile("for family in ([a-z ]+); do").matcher(script);
        assertThat(families.find()).isTrue();
        List<String> eventTopics = java.util.Arrays.stream(families.group(1).trim().split(" +")).map(f -> f + ".events").toList();
        assertThat(eventTopics).containsExactlyElementsOf(Apps.EVENT_TOPICS);

        Map<String, String> eventConfig = scriptConfig(script, "events_config");
        Map<String, String> dlqConfig = scriptConfig(script, "dlq_config");
        Map<String, Map<String, Object>> prodTopics = new HashMap<>();
        for (Map<String, Object> topic : Manifests.read(Repository.path("k8s/overlays/prod/kafka-topics.yaml"))) {
            prodTopics.put(String.valueOf(Manifests.get(topic, "spec.topicName")), Manifests.map(topic, "spec.config"));
        }
        for (String topic : eventTopics) {
            assertSameSettings(topic, eventConfig, prodTopics.get(topic));
            assertSameSettings(topic + ".dlq", dlqConfig, prodTopics.get(topic + ".dlq"));
        }
    }

    private static void assertSameSettings(String topic, Map<String, String> script, Map<String, Object> prod) {
        assertThat(prod).as("KafkaTopic %s", topic).isNotNull();
        script.forEach((key, value) -> {
            if (!value.startsWith("$")) {
                assertThat(String.valueOf(prod.get(key))).as("%s %s", topic, key).isEqualTo(value);
            }
        });
        assertThat(prod.keySet()).as(topic).containsExactlyInAnyOrderElementsOf(script.keySet());
    }

    private static Map<String, String> scriptConfig(String script, String variable) {
        Matcher matcher = Pattern.compile("(?m)^" + variable + "=\"([^\"]+)\"").matcher(script);
        assertThat(matcher.find()).as(variable).isTrue();
        Map<String, String> config = new HashMap<>();
        for (String entry : matcher.group(1).split(",")) {
            String[] pair = entry.split("=", 2);
            config.put(pair[0], pair[1]);
        }
        return config;
    }
}
