package org.coalition.kit.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** ISO 3166-1 alpha-2 country codes as the JDK knows them, and the shape of ISO 3166-2 subdivision codes. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private Countries() {
    }

    public static boolean isCountry(String code) {
        return code != null && CODES.contains(code);
    }

    /** A subdivision belongs to a country when its code starts with the country's: {@code KH-3} is in {@code KH}. */
    public static boolean isSubdivisionOf(String subdivision, String country) {
        return subdivision != null && SUBDIVISION.matcher(subdivision).matches()
                && country != null && subdivision.startsWith(country + "-");
    }
}
