package org.coalition.kit.text;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags, as used for translated names and spoken languages. */
public final class LanguageTags {

    private LanguageTags() {
    }

    public static boolean isValid(String tag) {
        try {
            return tag != null && !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
