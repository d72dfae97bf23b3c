package org.coalition.meetings.meeting;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * The position in a list kept in time order (meetings by start, agenda items by start): the time and id
 * of the last row, so the next page starts right after it.
 */
public record TimeKeyset(Instant at, UUID id) {

    public static PageRequest request(Integer limit, String cursor) {
        PageRequest request = PageRequest.of(limit, cursor, 2);
        if (request.after() != null) {
            after(request);
        }
        return request;
    }

    /** The position a request continues after; null on the first page. */
    public static TimeKeyset after(PageRequest request) {
        if (request.after() == null) {
            return null;
        }
        Optional<UUID> id = Ids.parse(request.after().key(1));
        try {
            Instant at = Instant.parse(request.after().key(0));
            if (id.isPresent()) {
                return new TimeKeyset(at, id.get());
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other cursor this API did not hand out
        }
        throw new ProblemException(ProblemType.BAD_CURSOR,
                "The cursor is not one this API returned. Pass the 'next' value of the previous page unchanged, or omit it to start over.");
    }

    public static Cursor cursor(Instant at, UUID id) {
        return Cursor.of(at.toString(), id.toString());
    }
}
