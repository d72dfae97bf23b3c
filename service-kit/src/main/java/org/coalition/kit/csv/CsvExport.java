package org.coalition.kit.csv;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coalition.kit.paging.Page;

/**
 * A list as CSV (RFC 4180) for spreadsheets and dashboards, streamed page by page so that an export of
 * every row never sits in memory. Lists inside a cell are joined by ';'.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9 ().-]*");

    private CsvExport() {
    }

    /**
     * @param pageAfter the page after a cursor (null: the first page), each fetched in its own transaction
     * @param row       the cells of one item, in header order; null cells are written empty
     */
    public static <T> Response response(String filename, List<String> header, Function<String, Page<T>> pageAfter,
            Function<T, List<String>> row) {
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            line(out, header);
            String cursor = null;
            do {
                Page<T> page = pageAfter.apply(cursor);
                for (T item : page.items()) {
                    line(out, row.apply(item));
                }
                out.flush();
                cursor = page.next();
            } while (cursor != null);
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    public static String joined(Collection<?> values) {
        return String.join(";", values.stream().map(String::valueOf).toList());
    }

    /** A nullable value as a cell: empty when absent. */
    public static String cell(Object value) {
        return value == null ? null : value.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i) == null ? "" : cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * Quotes what needs quoting, and defuses cells a spreadsheet would run as a formula (leading =, +, -,
     * @, tab or carriage return) by prefixing an apostrophe; numbers and phone numbers (-3, +855 23 123 456)
     * are left as they are.
     */
    static String escape(String cell) {
        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
        String value = formula ? "'" + cell : cell;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
