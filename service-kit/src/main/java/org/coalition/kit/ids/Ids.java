package org.coalition.kit.ids;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): new rows append to the end of the primary-key index, and
 * sorting by id is sorting by creation time, which keyset pages rely on.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_SEQUENCE = 0xFFF;

    private static long lastMillis;
    private static int sequence;

    private Ids() {
    }

    /** A new version 7 UUID, strictly increasing within this process even within one millisecond. */
    public static synchronized UUID newId() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            sequence = RANDOM.nextInt(MAX_SEQUENCE / 2);
        } else if (++sequence > MAX_SEQUENCE) {
            lastMillis++;
            sequence = 0;
        }
        long mostSignificant = (lastMillis << 16) | 0x7000L | sequence;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** Parses only the canonical 8-4-4-4-12 form; {@link UUID#fromString} accepts odd shapes like "1-2-3-4-5". */
    public static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
