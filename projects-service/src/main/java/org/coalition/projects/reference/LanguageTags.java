package org.coalition.projects.reference;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags, the keys of translated names. */
public final class LanguageTags {

    private LanguageTags() {
    }

    public static boolean isTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
