package org.coalition.partners.partner;

import java.util.Arrays;
import java.util.List;
import org.coalition.kit.csv.CsvExport;

/** The columns of the organisations CSV export. */
final class PartnerCsv {

    static final List<String> HEADER = List.of("id", "name", "acronym", "type", "iatiTypeCode", "country",
            "level", "subdivision", "countriesOfOperation", "themes", "sdg4Targets", "website", "email", "status",
            "identifiers", "mergedInto", "createdAt", "updatedAt", "version");

    private PartnerCsv() {
    }

    static List<String> row(PartnerView p) {
        return Arrays.asList(p.id().toString(), p.name(), p.acronym(), p.type().slug(),
                Integer.toString(p.iatiTypeCode()), p.country(), p.level().slug(), p.subdivision(),
                CsvExport.joined(p.countriesOfOperation()), CsvExport.joined(p.themes()),
                CsvExport.joined(p.sdg4Targets()), p.website(), p.email(), p.status().slug(),
                CsvExport.joined(p.identifiers()), p.mergedInto() == null ? null : p.mergedInto().toString(),
                p.createdAt().toString(), p.updatedAt().toString(), Long.toString(p.version()));
    }
}
