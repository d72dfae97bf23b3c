package org.coalition.partners.reference;

import java.util.List;

/** The targets of Sustainable Development Goal 4 (quality education). */
public final class Sdg4Target {

    public static final List<String> ALL =
            List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c");

    private Sdg4Target() {
    }

    public static boolean isTarget(String value) {
        return ALL.contains(value);
    }
}
