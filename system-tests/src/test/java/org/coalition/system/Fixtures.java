package org.coalition.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalition.system.Http.map;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Valid request bodies for the three services, and waiting for what arrives through events. */
final class Fixtures {

    private Fixtures() {
    }

    static Map<String, Object> organisation(String name) {
        return map("name", name, "type", "national-ngo", "country", "KH", "level", "national");
    }

    static Map<String, Object> person(String name, String email, String partnerId) {
        return map("name", name, "email", email, "phone", "+855 23 123 456", "country", "KH",
                "languages", List.of("km", "en"), "gender", "woman",
                "affiliations", List.of(map("partnerId", partnerId, "title", "Programme manager",
                        "from", "2021-01-01", "primary", true)));
    }

    static Map<String, Object> meeting(String title) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.DAYS);
        return map("title", title, "kind", "working-group", "startsAt", start.toString(),
                "endsAt", start.plus(8, ChronoUnit.HOURS).toString(), "timeZone", "Asia/Phnom_Penh",
                "location", map("venue", "Ministry of Education, Youth and Sport", "city", "Phnom Penh",
                        "country", "KH", "subdivision", "KH-12"),
                "languages", List.of("km", "en"));
    }

    static Map<String, Object> community(String name) {
        return map("name", name, "theme", "parental-involvement",
                "description", "Alumni from ministries and think tanks supporting each other for a year",
                "cohortStartsOn", "2025-03-01", "cohortEndsOn", "2026-02-28", "countries", List.of("MY", "PE", "PK"));
    }

    static Map<String, Object> project(String communityId, String title, String leadPersonId, String partnerId) {
        return map("communityId", communityId, "title", title,
                "summary", "Strengthening parental involvement in primary schools",
                "leadMemberPersonIds", List.of(leadPersonId), "countries", List.of("MY"), "subdivisions", List.of("MY-10"),
                "themes", List.of("parental-involvement", "primary"), "policyLevel", "subnational",
                "objectives", List.of("A policy brief for the state education department"),
                "startsOn", "2025-04-01", "endsOn", "2026-03-31",
                "participatingPartners", List.of(map("partnerId", partnerId, "role", "funding")));
    }

    static String created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    /**
     * Repeats a call that refers to something another service announced until it is accepted: the
     * reference is unknown (4xx) until the event has reached this service's replica.
     */
    static Http.Answer untilAccepted(Supplier<Http.Answer> call, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Http.Answer answer = call.get();
        while (answer.status() >= 400 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            answer = call.get();
        }
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
        return answer;
    }
}
