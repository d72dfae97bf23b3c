package org.coalition.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Kubernetes objects as plain YAML trees, read from files or rendered from a kustomization. */
final class Manifests {

    private Manifests() {
    }

    /** Every non-empty YAML document of the text (a file may hold several, separated by ---). */
    static List<Map<String, Object>> parse(String yamlText) {
        // SafeConstructor resolves anchors and << merge keys, as Compose and kubectl do.
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(yamlText)) {
            if (document != null) {
                documents.add(asMap(document, "document"));
            }
        }
        return documents;
    }

    static List<Map<String, Object>> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects a kustomization renders to, with kubectl kustomize or kustomize build. */
    static List<Map<String, Object>> render(Path kustomizationDir) {
        List<String> command = new ArrayList<>(Tools.kustomizeCommand()
                .orElseThrow(() -> new IllegalStateException("neither kubectl nor kustomize on PATH")));
        command.add(kustomizationDir.toString());
        Tools.Result result = Tools.run(command, Map.of(), null);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n"
                    + result.stderr());
        }
        return parse(result.stdout());
    }

    /** The YAML files under a folder, in a stable order. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kind(Map<String, Object> object) {
        return String.valueOf(object.get("kind"));
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(map(object, "metadata").get("name"));
    }

    static String id(Map<String, Object> object) {
        return kind(object) + "/" + name(object);
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(object -> kind.equals(kind(object))).toList();
    }

    static Optional<Map<String, Object>> find(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(object -> name.equals(name(object))).findFirst();
    }

    /** The map under a dotted path, empty where any step is missing. */
    static Map<String, Object> map(Map<String, Object> root, String dottedPath) {
        Object value = get(root, dottedPath);
        return value == null ? Map.of() : asMap(value, dottedPath);
    }

    /** The list under a dotted path, empty where any step is missing. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> root, String dottedPath) {
        Object value = get(root, dottedPath);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw new AssertionError(dottedPath + " is not a list: " + value);
        }
        return (List<Object>) value;
    }

    static List<Map<String, Object>> maps(Map<String, Object> root, String dottedPath) {
        return list(root, dottedPath).stream().map(item -> asMap(item, dottedPath)).toList();
    }

    static Object get(Map<String, Object> root, String dottedPath) {
        Object current = root;
        for (String step : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
