package org.coalition.kit.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enumeration exposed in the API by readable slugs ({@code international-ngo}) rather than Java names. */
public interface Slugged {

    String slug();

    static <E extends Enum<E> & Slugged> Optional<E> fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    static <E extends Enum<E> & Slugged> String slugs(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Slugged::slug).collect(Collectors.joining(", ", "[", "]"));
    }
}
