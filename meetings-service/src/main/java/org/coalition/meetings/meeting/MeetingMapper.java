package org.coalition.meetings.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.text.SearchText;
import org.coalition.kit.text.Slugged;
import org.coalition.meetings.meeting.MeetingInput.Location;
import org.coalition.meetings.meeting.MeetingInput.Online;

/** Between the meeting entity and its API records; plain code. */
public final class MeetingMapper {

    private MeetingMapper() {
    }

    static Meeting newMeeting() {
        Meeting meeting = new Meeting();
        meeting.id = Ids.newId();
        return meeting;
    }

    public static MeetingView toView(Meeting m) {
        ZoneId zone = ZoneId.of(m.timeZone);
        Location location = m.venue == null && m.city == null && m.country == null && m.subdivision == null ? null
                : new Location(m.venue, m.city, m.country, m.subdivision);
        return new MeetingView(m.id, m.title, m.titles, kind(m), m.series, m.seriesNumber, ordinal(m.seriesNumber),
                m.groupId, List.copyOf(m.hostPartnerIds), m.startsAt, m.endsAt, m.timeZone,
                LocalDateTime.ofInstant(m.startsAt, zone), LocalDateTime.ofInstant(m.endsAt, zone), location,
                m.onlineUrl == null ? null : new Online(m.onlineUrl), List.copyOf(m.languages), status(m),
                m.cancellationReason, m.description, m.createdAt, m.updatedAt, m.version);
    }

    /** The input a PUT would send to leave the meeting as it is: the base of a merge patch. */
    static MeetingInput toInput(Meeting m) {
        MeetingView view = toView(m);
        return new MeetingInput(m.title, m.titles, kind(m), m.series, m.seriesNumber, m.groupId, view.hostPartnerIds(),
                m.startsAt, m.endsAt, m.timeZone, view.location(), view.online(), view.languages(), status(m),
                m.description);
    }

    static void apply(MeetingInput input, Meeting m) {
        m.title = input.title().strip();
        m.titles = new LinkedHashMap<>(input.titles());
        m.kind = input.kind().slug();
        m.series = blankToNull(input.series());
        m.seriesNumber = input.seriesNumber();
        m.groupId = input.groupId();
        m.hostPartnerIds = new ArrayList<>(input.hostPartnerIds().stream().distinct().toList());
        m.startsAt = input.startsAt();
        m.endsAt = input.endsAt();
        m.timeZone = input.timeZone();
        Location location = input.location();
        m.venue = location == null ? null : blankToNull(location.venue());
        m.city = location == null ? null : blankToNull(location.city());
        m.country = location == null ? null : location.country();
        m.subdivision = location == null ? null : location.subdivision();
        m.onlineUrl = input.online() == null ? null : input.online().url();
        m.languages = new ArrayList<>(input.languages().stream().distinct().toList());
        m.description = blankToNull(input.description());
        m.searchText = SearchText.normalize(Stream.concat(Stream.of(m.title), m.titles.values().stream())
                .collect(Collectors.joining(" ")));
    }

    static MeetingKind kind(Meeting m) {
        return Slugged.fromSlug(MeetingKind.class, m.kind).orElseThrow();
    }

    public static MeetingStatus status(Meeting m) {
        return Slugged.fromSlug(MeetingStatus.class, m.status).orElseThrow();
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ... */
    static String ordinal(Integer number) {
        if (number == null) {
            return null;
        }
        int lastTwo = number % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number + suffix;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
