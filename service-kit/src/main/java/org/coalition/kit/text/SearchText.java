package org.coalition.kit.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names are searched in: lower case, without the Latin diacritics people often omit when
 * typing ("Ñopo" and "Nopo" are the same). Only the combining diacritical marks block is removed, so
 * the vowel signs of scripts such as Khmer, which are combining marks too, stay part of the word.
 */
public final class SearchText {

    private static final int MAX_WORDS = 10;
    private static final Pattern LATIN_DIACRITICS = Pattern.compile("[\\u0300-\\u036f]");

    private SearchText() {
    }

    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = LATIN_DIACRITICS.matcher(decomposed).replaceAll("");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * One LIKE pattern per word of {@code query}, each matching its word anywhere with the pattern
     * characters in it taken literally: a row matches when it contains every word, in any order.
     */
    public static List<String> containsPatterns(String query) {
        return Arrays.stream(normalize(query).trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .map(word -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
