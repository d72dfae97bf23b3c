package org.coalition.partners.partner;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Organisations as CSV (RFC 4180) for spreadsheets and dashboards; lists inside a cell are joined by ';'. */
final class PartnerCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> HEADER = List.of("id", "name", "acronym", "type", "iatiTypeCode", "country",
            "level", "subdivision", "countriesOfOperation", "themes", "sdg4Targets", "website", "email", "status",
            "identifiers", "mergedInto", "createdAt", "updatedAt", "version");

    private PartnerCsv() {
    }

    static void header(Writer out) throws IOException {
        line(out, HEADER);
    }

    static void row(Writer out, PartnerView p) throws IOException {
        line(out, List.of(p.id().toString(), p.name(), text(p.acronym()), p.type().slug(),
                Integer.toString(p.iatiTypeCode()), text(p.country()), p.level().slug(), text(p.subdivision()),
                String.join(";", p.countriesOfOperation()),
                p.themes().stream().map(Object::toString).collect(Collectors.joining(";")),
                String.join(";", p.sdg4Targets()), text(p.website()), text(p.email()), p.status().slug(),
                p.identifiers().stream().map(Identifier::toString).collect(Collectors.joining(";")),
                p.mergedInto() == null ? "" : p.mergedInto().toString(), p.createdAt().toString(),
                p.updatedAt().toString(), Long.toString(p.version())));
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
