package org.coalition.kit.paging;

import java.util.UUID;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.problem.ProblemException;

/**
 * A validated {@code limit} and {@code cursor} pair. Lists fetch {@link #fetchSize()} rows (one more
 * than the limit) so {@link Page#of} can tell whether a next page exists without counting.
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor, int cursorKeys) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Cursor after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, cursorKeys);
        return new PageRequest(size, after);
    }

    /** For the common case of rows ordered by their time-ordered UUID alone. */
    public static PageRequest byId(Integer limit, String cursor) {
        PageRequest request = of(limit, cursor, 1);
        if (request.after != null && Ids.parse(request.after.key(0)).isEmpty()) {
            throw Cursor.invalid();
        }
        return request;
    }

    public int fetchSize() {
        return limit + 1;
    }

    /** The id to continue after, for {@link #byId} requests; null on the first page. */
    public UUID afterId() {
        return after == null ? null : UUID.fromString(after.key(0));
    }
}
