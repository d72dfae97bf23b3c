package org.coalition.partners.reference;

import java.util.Locale;
import java.util.Map;

/** Names kept in several languages, and the one a client's Accept-Language asks for. */
public final class Names {

    private Names() {
    }

    /** The translation that best matches {@code acceptLanguage}, else {@code name} as registered. */
    public static String best(String name, Map<String, String> names, String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || names.isEmpty()) {
            return name;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), names.keySet());
            return tag == null ? name : names.get(tag);
        } catch (IllegalArgumentException unparsable) {
            return name;
        }
    }
}
