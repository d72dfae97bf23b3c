package org.coalition.projects.project;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.coalition.kit.csv.CsvExport;

/** Projects as CSV rows; a participating partner is written as partnerId:role. */
final class ProjectCsv {

    static final List<String> HEADER = List.of("id", "communityId", "title", "summary", "leadMemberPersonIds",
            "countries", "subdivisions", "themes", "policyLevel", "startsOn", "endsOn", "status", "iatiActivityStatus",
            "participatingPartners", "iatiIdentifier", "createdAt", "updatedAt", "version");

    private ProjectCsv() {
    }

    static List<String> row(ProjectView p) {
        return Arrays.asList(p.id().toString(), p.communityId().toString(), p.title(), CsvExport.cell(p.summary()),
                CsvExport.joined(p.leadMemberPersonIds()), CsvExport.joined(p.countries()), CsvExport.joined(p.subdivisions()),
                CsvExport.joined(p.themes()), CsvExport.cell(p.policyLevel()), CsvExport.cell(p.startsOn()), CsvExport.cell(p.endsOn()),
                p.status().slug(), Integer.toString(p.iatiActivityStatus()),
                p.participatingPartners().stream().map(pp -> pp.partnerId() + ":" + pp.role())
                        .collect(Collectors.joining(";")),
                CsvExport.cell(p.iatiIdentifier()), p.createdAt().toString(), p.updatedAt().toString(),
                Long.toString(p.version()));
    }
}
