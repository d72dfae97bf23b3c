package org.coalition.projects.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** CSV (RFC 4180) lines for spreadsheets and dashboards; lists inside a cell are joined by ';'. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";

    private Csv() {
    }

    public static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** A nullable value as a cell: empty when absent. */
    public static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    public static String cells(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(";"));
    }

    /**
     * Quotes what needs quoting, and defuses cells a spreadsheet would run as a formula
     * (leading =, +, -, @) by prefixing an apostrophe.
     */
    private static String escape(String cell) {
        String value = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
