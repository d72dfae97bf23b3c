package org.coalition.projects.project;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.coalition.projects.csv.Csv;

/** Projects as CSV rows; a participating partner is written as partnerId:role. */
final class ProjectCsv {

    private static final List<String> HEADER = List.of("id", "communityId", "title", "summary", "leadMemberPersonIds",
            "countries", "subdivisions", "themes", "policyLevel", "startsOn", "endsOn", "status", "iatiActivityStatus",
            "participatingPartners", "iatiIdentifier", "createdAt", "updatedAt", "version");

    private ProjectCsv() {
    }

    static void header(Writer out) throws IOException {
        Csv.line(out, HEADER);
    }

    static void row(Writer out, ProjectView p) throws IOException {
        Csv.line(out, List.of(p.id().toString(), p.communityId().toString(), p.title(), Csv.cell(p.summary()),
                Csv.cells(p.leadMemberPersonIds()), Csv.cells(p.countries()), Csv.cells(p.subdivisions()),
                Csv.cells(p.themes()), Csv.cell(p.policyLevel()), Csv.cell(p.startsOn()), Csv.cell(p.endsOn()),
                p.status().slug(), Integer.toString(p.iatiActivityStatus()),
                p.participatingPartners().stream().map(pp -> pp.partnerId() + ":" + pp.role())
                        .collect(Collectors.joining(";")),
                Csv.cell(p.iatiIdentifier()), p.createdAt().toString(), p.updatedAt().toString(),
                Long.toString(p.version())));
    }
}
