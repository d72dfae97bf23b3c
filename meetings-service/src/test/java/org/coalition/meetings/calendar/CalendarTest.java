package org.coalition.meetings.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.validate.ValidationResult;
import org.coalition.meetings.Fixtures;
import org.coalition.meetings.meeting.Meetings;
import org.junit.jupiter.api.Test;

/** The calendars are read back by ical4j, a real iCalendar parser, as calendar applications would read them. */
@QuarkusTest
class CalendarTest {

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return calendar;
    }

    private static String value(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow().getValue();
    }

    private static ZoneOffset offsetAt(VTimeZone zone, String instant) {
        return zone.getApplicableObservance(Instant.parse(instant))
                .<TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow().getOffset();
    }

    private static Map<String, Object> paris(String title, String start, String end) {
        Map<String, Object> body = Meetings.body(title, Instant.parse(start), Instant.parse(end));
        body.put("timeZone", "Europe/Paris");
        body.put("location", Map.of("venue", "UNESCO Headquarters", "city", "Paris", "country", "FR"));
        return body;
    }

    @Test
    void aMeetingIsAnEventOnTheClockOfItsOwnTimeZone() throws Exception {
        Map<String, Object> body = paris("4th Global Education Coalition annual meeting; plenary, day one",
                "2025-03-25T08:00:00Z", "2025-03-25T16:30:00Z");
        body.put("description", "Three takeaways:\n1. Teachers, first; 2. Data, shared\\open. "
                + "ការអប់រំសម្រាប់ទាំងអស់គ្នា — education for all, a line long enough to be folded by the writer at 75 octets.");
        String id = Meetings.create(body);

        String ics = given().accept("text/calendar").get("/v1/meetings/" + id).then()
                .statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        Calendar calendar = parse(ics);

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(value(event, Property.UID)).startsWith(id);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(body.get("title"));
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(body.get("description"));
        assertThat(value(event, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(event, Property.LOCATION)).isEqualTo("UNESCO Headquarters, Paris, FR");
        DtStart<Temporal> start = event.getStartDate().orElseThrow();
        assertThat(start.getValue()).isEqualTo("20250325T090000");
        assertThat(start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2025-03-25T08:00:00Z"));

        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Paris");
        assertThat(offsetAt(zone, "2025-03-25T08:00:00Z")).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(offsetAt(zone, "2025-07-01T07:00:00Z")).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aGroupFeedHoldsItsMeetingsInEveryTimeZoneTheyUse() throws Exception {
        UUID group = Fixtures.group("Global Education Coalition " + Fixtures.shortId());
        Map<String, Object> paris = paris("Annual meeting", "2025-03-25T08:00:00Z", "2025-03-25T16:30:00Z");
        paris.put("groupId", group.toString());
        Map<String, Object> phnomPenh = Meetings.body("Champion leaders", Instant.parse("2024-05-21T01:30:00Z"),
                Instant.parse("2024-05-21T10:00:00Z"));
        phnomPenh.put("groupId", group.toString());
        Map<String, Object> cancelled = Meetings.body("Called off", 40);
        cancelled.put("groupId", group.toString());
        Meetings.create(paris);
        Meetings.create(phnomPenh);
        String off = Meetings.create(cancelled);
        given().contentType("application/json").body(Map.of("reason", "Moved online"))
                .post("/v1/meetings/" + off + "/cancel").then().statusCode(200);
        Meetings.future("Another group's meeting");

        String ics = given().get("/v1/meetings/calendar.ics?groupId=" + group).then()
                .statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> value(e, Property.SUMMARY))
                .containsExactly("Champion leaders", "Annual meeting", "Called off");
        assertThat(events).extracting(e -> value(e, Property.STATUS)).containsExactly("TENTATIVE", "TENTATIVE", "CANCELLED");
        assertThat(Instant.from(events.get(0).getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2024-05-21T01:30:00Z"));
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).extracting(z -> value(z, Property.TZID)).containsExactly("Asia/Phnom_Penh", "Europe/Paris");
        assertThat(offsetAt(zones.get(0), "2024-05-21T01:30:00Z")).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(value(calendar, "X-WR-CALNAME")).startsWith("Global Education Coalition");

        given().get("/v1/meetings/calendar.ics").then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().get("/v1/meetings/calendar.ics?groupId=nope").then().statusCode(400);
        given().get("/v1/meetings/calendar.ics?groupId=" + UUID.randomUUID()).then().statusCode(404);
        given().accept("text/calendar").get("/v1/meetings/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String value(Calendar calendar, String property) {
        return calendar.<Property>getProperty(property).orElseThrow().getValue();
    }
}
