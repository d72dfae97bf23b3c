package org.coalition.meetings.meeting;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Meeting bodies and calls shared by the tests. */
public final class Meetings {

    private Meetings() {
    }

    /** A valid meeting in Phnom Penh, starting {@code daysFromNow} days from now and lasting a working day. */
    public static Map<String, Object> body(String title, int daysFromNow) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(daysFromNow, ChronoUnit.DAYS);
        return body(title, start, start.plus(8, ChronoUnit.HOURS));
    }

    public static Map<String, Object> body(String title, Instant startsAt, Instant endsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", "working-group");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        body.put("timeZone", "Asia/Phnom_Penh");
        body.put("location", Map.of("venue", "Ministry of Education, Youth and Sport", "city", "Phnom Penh",
                "country", "KH", "subdivision", "KH-12"));
        body.put("languages", List.of("km", "en"));
        return body;
    }

    public static String create(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/v1/meetings")
                .then().statusCode(201).extract().path("id");
    }

    /** A meeting that started yesterday, so that it can be held and its participants can have attended. */
    public static String past(String title) {
        return create(body(title, -1));
    }

    public static String future(String title) {
        return create(body(title, 30));
    }

    public static void hold(String id) {
        given().post("/v1/meetings/" + id + "/hold").then().statusCode(200);
    }
}
