package org.coalition.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.coalition.meetings.meeting.MeetingInput.Location;
import org.coalition.meetings.meeting.MeetingKind;
import org.coalition.meetings.meeting.MeetingStatus;
import org.coalition.meetings.meeting.MeetingView;
import org.junit.jupiter.api.Test;

/** Every meeting start, read back by ical4j from the calendar's own VTIMEZONEs, is the instant it was. */
class ICalendarTest {

    private static MeetingView meeting(String zone, String startsAt) {
        Instant start = Instant.parse(startsAt);
        Instant end = start.plusSeconds(3600);
        ZoneId id = ZoneId.of(zone);
        return new MeetingView(UUID.randomUUID(), "Meeting in " + zone + " at " + startsAt, Map.of(),
                MeetingKind.WORKSHOP, null, null, null, null, List.of(), start, end, zone,
                LocalDateTime.ofInstant(start, id), LocalDateTime.ofInstant(end, id),
                new Location(null, "Somewhere", null, null), null, List.of(), MeetingStatus.PLANNED, null, null,
                start, start, 0);
    }

    @Test
    void startsAreReadBackExactlyInZonesWithAndWithoutDaylightSaving() throws Exception {
        List<MeetingView> meetings = new ArrayList<>();
        for (String[] zoneAndTimes : new String[][] {
                {"Europe/Paris", "2024-03-25T08:00:00Z", "2024-07-01T07:00:00Z", "2025-03-25T08:00:00Z", "2025-11-03T09:00:00Z"},
                {"America/New_York", "2025-03-05T14:00:00Z", "2025-03-12T13:00:00Z", "2025-11-05T14:00:00Z"},
                {"Australia/Sydney", "2025-01-15T23:00:00Z", "2025-06-15T00:00:00Z"},
                {"Asia/Phnom_Penh", "2024-05-21T01:00:00Z"},
                {"America/Lima", "2026-03-09T14:00:00Z"},
                {"Asia/Kathmandu", "2025-02-01T03:15:00Z"}}) {
            for (int i = 1; i < zoneAndTimes.length; i++) {
                meetings.add(meeting(zoneAndTimes[0], zoneAndTimes[i]));
            }
        }
        String ics = ICalendar.of("Everywhere", meetings, Instant.parse("2026-01-01T00:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(meetings.size());
        for (int i = 0; i < events.size(); i++) {
            DtStart<Temporal> start = events.get(i).getStartDate().orElseThrow();
            assertThat(Instant.from(start.getDate())).as(meetings.get(i).title()).isEqualTo(meetings.get(i).startsAt());
        }
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(6);
    }

    @Test
    void yearlyRulesBecomeRecurrences() {
        String ics = ICalendar.of(null, List.of(meeting("America/New_York", "2025-03-12T13:00:00Z")), Instant.now());
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU",
                "RRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400");
    }

    @Test
    void textIsEscapedAndLongLinesFoldedBetweenCharacters() {
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        String folded = ICalendar.fold("SUMMARY:" + "ការអប់រំ".repeat(10));
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "ការអប់រំ".repeat(10));
    }
}
