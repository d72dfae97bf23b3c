package org.coalition.kit.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the cursor of the next page, null on the last one. */
@Schema(name = "Page", description = "A page of results; pass 'next' as ?cursor= to get the following page")
public record Page<T>(List<T> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String next) {

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in sort order: the extra row, if present,
     * only proves a next page exists.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, Cursor> cursorOf,
            Function<R, T> toItem) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
