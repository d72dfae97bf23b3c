package org.coalition.deploy;

import java.util.List;
import java.util.Map;

/** Kubernetes label selectors (matchLabels and matchExpressions), evaluated against labels. */
final class Selectors {

    private Selectors() {
    }

    static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
        for (Map.Entry<String, Object> entry : Manifests.map(selector, "matchLabels").entrySet()) {
            if (!String.valueOf(entry.getValue()).equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (Map<String, Object> expression : Manifests.maps(selector, "matchExpressions")) {
            String key = String.valueOf(expression.get("key"));
            List<Object> values = Manifests.list(expression, "values");
            String value = labels.get(key);
            boolean holds = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** True for a selector that selects everything ({} or absent). */
    static boolean isEmpty(Map<String, Object> selector) {
        return Manifests.map(selector, "matchLabels").isEmpty() && Manifests.list(selector, "matchExpressions").isEmpty();
    }
}
