package org.coalition.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every kustomization and the files it names without rendering, so that it runs with no
 * kubectl too: each named file exists, no manifest lies unused beside it, and every object in every
 * resource and patch file is valid against the Kubernetes API types.
 */
class ManifestFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void everyFileTheKustomizationNamesExistsAndEveryManifestBesideItIsUsed(String dir) {
        Path root = Repository.path(dir);
        Map<String, Object> kustomization = Manifests.read(root.resolve("kustomization.yaml")).get(0);
        assertThat(kustomization.get("kind")).isEqualTo("Kustomization");
        Set<String> used = new HashSet<>();
        for (Object resource : Manifests.list(kustomization, "resources")) {
            Path path = root.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(path)) {
                assertThat(path.resolve("kustomization.yaml")).as("%s in %s", resource, dir).isRegularFile();
            } else {
                assertThat(path).as("%s in %s", resource, dir).isRegularFile();
                used.add(path.getFileName().toString());
            }
        }
        for (Map<String, Object> patch : Manifests.maps(kustomization, "patches")) {
            Object path = patch.get("path");
            if (path != null) {
                assertThat(root.resolve(String.valueOf(path))).as("patch %s in %s", path, dir).isRegularFile();
                used.add(Path.of(String.valueOf(path)).getFileName().toString());
            } else {
                assertThat(patch.get("patch")).as("an inline patch in %s", dir).isNotNull();
            }
        }
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            for (Map<String, Object> generated : Manifests.maps(kustomization, generator)) {
                for (Object file : Manifests.list(generated, "files")) {
                    String source = String.valueOf(file).contains("=") ? String.valueOf(file).split("=", 2)[1] : String.valueOf(file);
                    assertThat(root.resolve(source)).as("%s file %s in %s", generator, source, dir).isRegularFile();
                }
            }
        }
        try (Stream<Path> files = Files.list(root)) {
            List<String> manifests = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .toList();
            assertThat(used).as("manifests in %s that the kustomization names", dir).containsAll(manifests);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void everyObjectInEveryManifestFileIsValidAgainstTheKubernetesTypes(String dir) {
        List<String> problems = new ArrayList<>();
        int objects = 0;
        for (Path file : Manifests.yamlFiles(Repository.path(dir))) {
            if (file.getParent().equals(Repository.path(dir)) && !file.getFileName().toString().equals("kustomization.yaml")) {
                for (Map<String, Object> object : Manifests.read(file)) {
                    objects++;
                    KubernetesSchema.problems(object).forEach(problem -> problems.add(file.getFileName() + ": " + problem));
                }
            }
        }
        assertThat(objects).as("objects in %s", dir).isPositive();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replica: 2}",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {template: {spec: {containers: [{name: x, image: x, livenessprobe: {}}]}}}",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: [2]}",
        "apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: x}",
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec: {podSelector: {matchLabel: {a: b}}}",
        "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata: {name: x}\nspec: {partition: 3}",
        "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: {name: x}\nspec: {kafka: {listeners: [{name: plain, port: 9092, type: internl, tls: false}]}}",
        "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopics\nmetadata: {name: x}",
    })
    void theSchemaCheckRejectsWhatTheApiServerWouldReject(String manifest) {
        assertThat(KubernetesSchema.problems(Manifests.parse(manifest).get(0))).isNotEmpty();
    }
}
