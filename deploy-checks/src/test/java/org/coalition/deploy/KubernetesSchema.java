package org.coalition.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Validates objects against the Kubernetes API types of the fabric8 kubernetes-model (generated from the
 * Kubernetes OpenAPI schemas) and Strimzi's custom resources against Strimzi's own API model: every
 * field must exist where it is written and have the right type, enumerations their known values. The
 * models keep unknown fields in additionalProperties instead of failing, so those are searched for.
 * CloudNativePG publishes no such model: its resources are accepted by kind and left to the rule checks.
 */
final class KubernetesSchema {

    private static final Map<String, Class<?>> CUSTOM_RESOURCES = Map.of(
            "kafka.strimzi.io/v1beta2 Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "kafka.strimzi.io/v1beta2 KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2 KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class);

    private static final Set<String> CUSTOM_RESOURCES_WITHOUT_MODEL = Set.of(
            "postgresql.cnpg.io/v1 Cluster",
            "postgresql.cnpg.io/v1 Database");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** Where model classes live; Strimzi's resources keep their spec in fabric8's CustomResource. */
    private static final List<String> MODEL_PACKAGES = List.of("io.fabric8.kubernetes.api.model", "io.strimzi.api",
            "io.fabric8.kubernetes.client.CustomResource");

    private KubernetesSchema() {
    }

    /** What is wrong with the object, empty when it is valid. */
    static List<String> problems(Map<String, Object> object) {
        List<String> problems = new ArrayList<>();
        Object apiVersion = object.get("apiVersion");
        Object kind = object.get("kind");
        Object name = Manifests.map(object, "metadata").get("name");
        if (!(apiVersion instanceof String) || !(kind instanceof String) || !(name instanceof String)) {
            problems.add("apiVersion, kind and metadata.name are required: " + object);
            return problems;
        }
        String label = kind + "/" + name;
        String apiType = apiVersion + " " + kind;
        Class<?> type = SERIALIZATION.getRegisteredKubernetesResource((String) apiVersion, (String) kind);
        if (type == null) {
            type = CUSTOM_RESOURCES.get(apiType);
        }
        if (type == null) {
            if (!CUSTOM_RESOURCES_WITHOUT_MODEL.contains(apiType)) {
                problems.add(label + ": no Kubernetes API type " + apiType);
            }
            return problems;
        }
        Object typed;
        try {
            typed = SERIALIZATION.convertValue(object, type);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + e.getMessage());
            return problems;
        }
        collectUnknownFields(typed, "", label, problems);
        collectLostValues(object, SERIALIZATION.convertValue(typed, Map.class), "", label, problems);
        return problems;
    }

    /**
     * Values the model could not hold: written in the manifest, gone after reading it into the model and
     * back (an unknown enumeration value reads as null, for one).
     */
    private static void collectLostValues(Object written, Object read, String path, String label, List<String> problems) {
        if (written == null) {
            return;
        }
        if (read == null && !isDefault(written)) {
            problems.add(label + ": " + (path.isEmpty() ? "the object" : path.substring(1)) + " = " + written
                    + " is not a valid value there");
            return;
        }
        if (read == null) {
            return;
        }
        if (written instanceof Map<?, ?> writtenMap && read instanceof Map<?, ?> readMap) {
            writtenMap.forEach((key, value) -> collectLostValues(value, readMap.get(key), path + "." + key, label, problems));
        } else if (written instanceof List<?> writtenList && read instanceof List<?> readList) {
            for (int i = 0; i < writtenList.size(); i++) {
                collectLostValues(writtenList.get(i), i < readList.size() ? readList.get(i) : null, path + "[" + i + "]",
                        label, problems);
            }
        }
    }

    /** Values some models leave out when writing, as their type's default (Strimzi's deleteClaim: false). */
    private static boolean isDefault(Object value) {
        return Boolean.FALSE.equals(value) || (value instanceof Number number && number.doubleValue() == 0)
                || "".equals(value) || (value instanceof Map<?, ?> map && map.isEmpty())
                || (value instanceof List<?> list && list.isEmpty());
    }

    private static boolean isModel(Class<?> type) {
        return MODEL_PACKAGES.stream().anyMatch(type.getName()::startsWith);
    }

    private static void collectUnknownFields(Object value, String path, String label, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", label, problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> collectUnknownFields(item, path + "[" + key + "]", label, problems));
            return;
        }
        if (value instanceof Enum<?> || !isModel(value.getClass())) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && isModel(type); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        problems.add(label + ": unknown field(s) " + unknown.keySet() + " at "
                                + (path.isEmpty() ? "the top level" : path.substring(1)));
                    }
                } else {
                    collectUnknownFields(fieldValue, path + "." + field.getName(), label, problems);
                }
            }
        }
    }
}
