package org.coalition.meetings.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coalition.meetings.meeting.MeetingStatus;
import org.coalition.meetings.meeting.MeetingView;

/**
 * Meetings as an iCalendar object (RFC 5545): one VEVENT per meeting, with its start and end on the
 * clock of its own time zone, and one VTIMEZONE per zone used, built from the JDK's time-zone rules. There
 * is no METHOD: the calendar is a plain published object, not an iTIP scheduling message (RFC 5546),
 * which would require an ORGANIZER e-mail address the meetings do not have.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODID = "-//Coalition//meetings-service//EN";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private ICalendar() {
    }

    /** A calendar of {@code meetings}, named {@code name} for the calendar applications that show one. */
    public static String of(String name, Collection<MeetingView> meetings, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + PRODID);
        lines.add("CALSCALE:GREGORIAN");
        if (name != null) {
            lines.add("X-WR-CALNAME:" + text(name));
        }
        Map<String, List<MeetingView>> byZone = meetings.stream()
                .collect(Collectors.groupingBy(MeetingView::timeZone, TreeMap::new, Collectors.toList()));
        byZone.forEach((zone, inZone) -> timeZone(lines, ZoneId.of(zone), inZone));
        meetings.forEach(meeting -> event(lines, meeting, stamp));
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    private static void event(List<String> lines, MeetingView m, Instant stamp) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + m.id() + "@meetings.coalition");
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART;TZID=" + m.timeZone() + ":" + LOCAL.format(m.localStartsAt()));
        lines.add("DTEND;TZID=" + m.timeZone() + ":" + LOCAL.format(m.localEndsAt()));
        lines.add("SUMMARY:" + text(m.title()));
        if (m.description() != null) {
            lines.add("DESCRIPTION:" + text(m.description()));
        }
        String location = location(m);
        if (location != null) {
            lines.add("LOCATION:" + text(location));
        }
        if (m.online() != null) {
            lines.add("URL:" + m.online().url());
        }
        lines.add("STATUS:" + status(m.status()));
        lines.add("CATEGORIES:" + text(m.kind().slug()));
        lines.add("SEQUENCE:" + m.version());
        lines.add("CREATED:" + UTC.format(m.createdAt()));
        lines.add("LAST-MODIFIED:" + UTC.format(m.updatedAt()));
        lines.add("END:VEVENT");
    }

    private static String location(MeetingView m) {
        if (m.location() == null) {
            return m.online() == null ? null : "Online";
        }
        List<String> parts = new ArrayList<>();
        if (m.location().venue() != null) {
            parts.add(m.location().venue());
        }
        if (m.location().city() != null) {
            parts.add(m.location().city());
        }
        if (m.location().country() != null) {
            parts.add(m.location().country());
        }
        return String.join(", ", parts);
    }

    private static String status(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> "TENTATIVE";
            case CONFIRMED, HELD -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }

    /**
     * The zone as most calendar applications expect it: where the zone follows yearly rules today and
     * every meeting falls after its last one-off change, one STANDARD and one DAYLIGHT observance with
     * RRULEs; where it keeps one offset today, one observance with that offset. Otherwise (a meeting
     * from before the zone's current rules) its actual offset changes around the meetings' dates, each
     * as an observance of its own, which is as exact but which some parsers read less well.
     */
    private static void timeZone(List<String> lines, ZoneId zone, List<MeetingView> meetings) {
        ZoneRules rules = zone.getRules();
        Instant first = meetings.stream().map(MeetingView::startsAt).min(Instant::compareTo).orElseThrow();
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        ZoneOffsetTransition lastFixed = fixed.isEmpty() ? null : fixed.get(fixed.size() - 1);
        boolean afterFixed = lastFixed == null || first.isAfter(lastFixed.getInstant());
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        if (afterFixed && rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(first);
            observance(lines, "STANDARD", lastFixed == null ? LocalDateTime.of(1970, 1, 1, 0, 0)
                    : lastFixed.getDateTimeAfter(), offset, offset, null);
        } else if (afterFixed) {
            int year = lastFixed == null ? 1970 : ZonedDateTime.ofInstant(lastFixed.getInstant(), ZoneOffset.UTC).getYear() + 1;
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                ZoneOffsetTransition transition = rule.createTransition(year);
                boolean standard = rule.getOffsetAfter().equals(rule.getStandardOffset());
                observance(lines, standard ? "STANDARD" : "DAYLIGHT", transition.getDateTimeBefore(),
                        rule.getOffsetBefore(), rule.getOffsetAfter(), recurrence(rule));
            }
        } else {
            explicitTransitions(lines, rules, first,
                    meetings.stream().map(MeetingView::endsAt).max(Instant::compareTo).orElseThrow());
        }
        lines.add("END:VTIMEZONE");
    }

    /**
     * A yearly rule as an RRULE. "The Sunday on or after the 8th" is BYMONTHDAY=8,...,14;BYDAY=SU, and
     * "the last Sunday" BYMONTHDAY=-1,...,-7;BYDAY=SU: one form for every rule the time-zone database has.
     */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        StringBuilder rrule = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return rrule.append(";BYMONTHDAY=").append(day).toString();
        }
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(Integer.toString(day > 0 ? day + i : day - i));
        }
        return rrule.append(";BYMONTHDAY=").append(String.join(",", days))
                .append(";BYDAY=").append(rule.getDayOfWeek().name(), 0, 2).toString();
    }

    /** Each offset change from a year before the first meeting to a year after the last. */
    private static void explicitTransitions(List<String> lines, ZoneRules rules, Instant first, Instant last) {
        Instant from = ZonedDateTime.ofInstant(first, ZoneOffset.UTC).minusYears(1).toInstant();
        Instant to = ZonedDateTime.ofInstant(last, ZoneOffset.UTC).plusYears(1).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(from);
        if (before != null) {
            transitions.add(before);
        }
        ZoneOffsetTransition next = rules.nextTransition(before == null ? from : before.getInstant());
        while (next != null && !next.getInstant().isAfter(to)) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        for (ZoneOffsetTransition transition : transitions) {
            boolean daylight = rules.isDaylightSavings(transition.getInstant());
            observance(lines, daylight ? "DAYLIGHT" : "STANDARD", transition.getDateTimeBefore(),
                    transition.getOffsetBefore(), transition.getOffsetAfter(), null);
        }
    }

    private static void observance(List<String> lines, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to,
            String rrule) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(start));
        if (rrule != null) {
            lines.add("RRULE:" + rrule);
        }
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    /** +0100, -0500, +0530; seconds only where a historical offset has them. */
    private static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int absolute = Math.abs(total);
        String sign = total < 0 ? "-" : "+";
        String hhmm = String.format("%s%02d%02d", sign, absolute / 3600, absolute / 60 % 60);
        return absolute % 60 == 0 ? hhmm : hhmm + String.format("%02d", absolute % 60);
    }

    /** TEXT escaping of RFC 5545 section 3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets are folded (section 3.1), never inside a multi-byte character. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_LINE_OCTETS) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_LINE_OCTETS - 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
