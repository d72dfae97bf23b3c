package org.coalition.meetings.meeting;

import java.util.Arrays;
import java.util.List;
import org.coalition.kit.csv.CsvExport;

/** Meetings as CSV rows, one column per field; the location and online link are flattened. */
final class MeetingCsv {

    static final List<String> HEADER = List.of("id", "title", "kind", "series", "seriesNumber", "groupId",
            "hostPartnerIds", "startsAt", "endsAt", "timeZone", "venue", "city", "country", "subdivision", "onlineUrl",
            "languages", "status", "cancellationReason", "createdAt", "updatedAt", "version");

    private MeetingCsv() {
    }

    static List<String> row(MeetingView m) {
        return Arrays.asList(m.id().toString(), m.title(), m.kind().slug(), m.series(), CsvExport.cell(m.seriesNumber()),
                CsvExport.cell(m.groupId()), CsvExport.joined(m.hostPartnerIds()), m.startsAt().toString(),
                m.endsAt().toString(), m.timeZone(),
                m.location() == null ? null : m.location().venue(), m.location() == null ? null : m.location().city(),
                m.location() == null ? null : m.location().country(),
                m.location() == null ? null : m.location().subdivision(),
                m.online() == null ? null : m.online().url(), CsvExport.joined(m.languages()), m.status().slug(),
                m.cancellationReason(), m.createdAt().toString(), m.updatedAt().toString(), Long.toString(m.version()));
    }
}
