package org.coalition.projects.community;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.coalition.projects.csv.Csv;

/** Communities as CSV rows. */
final class CommunityCsv {

    private static final List<String> HEADER = List.of("id", "name", "theme", "description", "facilitatorPartnerId",
            "cohortStartsOn", "cohortEndsOn", "countries", "status", "createdAt", "updatedAt", "version");

    private CommunityCsv() {
    }

    static void header(Writer out) throws IOException {
        Csv.line(out, HEADER);
    }

    static void row(Writer out, CommunityView c) throws IOException {
        Csv.line(out, List.of(c.id().toString(), c.name(), c.theme().slug(), Csv.cell(c.description()),
                Csv.cell(c.facilitatorPartnerId()), Csv.cell(c.cohortStartsOn()), Csv.cell(c.cohortEndsOn()),
                Csv.cells(c.countries()), c.status().slug(), c.createdAt().toString(), c.updatedAt().toString(),
                Long.toString(c.version())));
    }
}
