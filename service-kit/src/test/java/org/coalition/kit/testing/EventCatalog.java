package org.coalition.kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The event catalog (gateway/src/main/asyncapi/catalog.yaml, from which the AsyncAPI document is
 * generated) as a service's tests see it, and the event types a service's code names. A service
 * test ({@link EventCatalogContractTest}) asserts that the two agree, so an
 * event type cannot be emitted, or consumed, without being documented.
 */
public final class EventCatalog {

    private static final Pattern TOPIC = Pattern.compile("^  ([a-z0-9.-]+):\\s*$");
    private static final Pattern PRODUCER = Pattern.compile("^    producer:\\s*(\\S+)\\s*$");
    private static final Pattern TYPE = Pattern.compile("^      (org\\.coalition\\.[a-z0-9.-]+):");
    private static final Pattern LITERAL = Pattern.compile("\"(org\\.coalition\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");

    /** Event types by topic, and each topic's producer. */
    private final Map<String, Set<String>> typesByTopic = new LinkedHashMap<>();
    private final Map<String, String> producerByTopic = new LinkedHashMap<>();

    private EventCatalog(List<String> lines) {
        String topic = null;
        for (String line : lines) {
            Matcher m;
            if ((m = TOPIC.matcher(line)).matches()) {
                topic = m.group(1);
                typesByTopic.put(topic, new TreeSet<>());
            } else if (topic != null && (m = PRODUCER.matcher(line)).matches()) {
                producerByTopic.put(topic, m.group(1));
            } else if (topic != null && (m = TYPE.matcher(line)).find()) {
                typesByTopic.get(topic).add(m.group(1));
            }
        }
    }

    /** Reads the catalog from the repository, whose root is the parent of the module's directory. */
    public static EventCatalog read() {
        Path file = Path.of("..", "gateway", "src", "main", "asyncapi", "catalog.yaml");
        try {
            return new EventCatalog(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("The event catalog is read from " + file.toAbsolutePath(), e);
        }
    }

    public Set<String> documentedTypes() {
        Set<String> all = new TreeSet<>();
        typesByTopic.values().forEach(all::addAll);
        return all;
    }

    /** The types on the topics this service produces. */
    public Set<String> typesProducedBy(String service) {
        Set<String> types = new TreeSet<>();
        producerByTopic.forEach((topic, producer) -> {
            if (producer.equals(service)) {
                types.addAll(typesByTopic.get(topic));
            }
        });
        return types;
    }

    /** Every complete event type named as a string literal in the module's main sources. */
    public static Set<String> typesNamedInSources() {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    /** Types the code names that the catalog does not describe. */
    public List<String> undocumentedTypes() {
        List<String> missing = new ArrayList<>(typesNamedInSources());
        missing.removeAll(documentedTypes());
        return missing;
    }

    /** Types the catalog says this service produces that its code never names. */
    public List<String> staleTypes(String service) {
        List<String> stale = new ArrayList<>(typesProducedBy(service));
        stale.removeAll(typesNamedInSources());
        return stale;
    }
}
