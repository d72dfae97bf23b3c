package org.coalition.projects.community;

import java.util.Arrays;
import java.util.List;
import org.coalition.kit.csv.CsvExport;

/** Communities as CSV rows. */
final class CommunityCsv {

    static final List<String> HEADER = List.of("id", "name", "theme", "description", "facilitatorPartnerId",
            "cohortStartsOn", "cohortEndsOn", "countries", "status", "createdAt", "updatedAt", "version");

    private CommunityCsv() {
    }

    static List<String> row(CommunityView c) {
        return Arrays.asList(c.id().toString(), c.name(), c.theme().slug(), CsvExport.cell(c.description()),
                CsvExport.cell(c.facilitatorPartnerId()), CsvExport.cell(c.cohortStartsOn()), CsvExport.cell(c.cohortEndsOn()),
                CsvExport.joined(c.countries()), c.status().slug(), c.createdAt().toString(), c.updatedAt().toString(),
                Long.toString(c.version()));
    }
}
