package org.coalition.kit.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * The opaque position after the last row of a page: the sort key values of that row, so the next
 * query starts right after it (keyset pagination). Clients only pass it back; its encoding may change.
 */
public record Cursor(List<String> keys) {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    public String key(int index) {
        return keys.get(index);
    }

    public String encode() {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API handed out; anything else is a 400 rather than a silent first page. */
    public static Cursor decode(String encoded, int expectedKeys) {
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        List<String> parts = split(joined);
        if (parts.size() != expectedKeys + 1 || !parts.get(0).equals(VERSION)) {
            throw invalid();
        }
        return new Cursor(parts.subList(1, parts.size()));
    }

    private static List<String> split(String joined) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == SEPARATOR) {
                parts.add(joined.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    static ProblemException invalid() {
        return new ProblemException(ProblemType.BAD_CURSOR,
                "The cursor is not one this API returned. Pass the 'next' value of the previous page unchanged, or omit it to start over.");
    }
}
