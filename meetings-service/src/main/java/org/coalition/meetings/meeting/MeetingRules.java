package org.coalition.meetings.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Countries;
import org.coalition.kit.text.LanguageTags;

/** The checks of a meeting beyond bean validation; each failure is reported under its field. */
public final class MeetingRules {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private MeetingRules() {
    }

    static void check(MeetingInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.endsAt().isAfter(input.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        }
        if (!isTimeZone(input.timeZone())) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Paris or Asia/Phnom_Penh"));
        }
        if (input.location() == null && input.online() == null) {
            errors.add(new FieldError("location", "a meeting needs a location, an online link, or both"));
        }
        if (input.location() != null) {
            String country = input.location().country();
            String subdivision = input.location().subdivision();
            if (country != null && !Countries.isCountry(country)) {
                errors.add(new FieldError("location.country", "must be an ISO 3166-1 alpha-2 code such as FR"));
            }
            if (subdivision != null && !Countries.isSubdivisionOf(subdivision, country)) {
                errors.add(new FieldError("location.subdivision",
                        "must be an ISO 3166-2 code within location.country, such as KH-12 for KH"));
            }
            if (input.location().venue() == null && input.location().city() == null && country == null) {
                errors.add(new FieldError("location", "must name at least a venue, a city or a country"));
            }
        }
        if (input.online() != null && !isWebAddress(input.online().url())) {
            errors.add(new FieldError("online.url", "must be an absolute http or https URL"));
        }
        for (int i = 0; i < input.languages().size(); i++) {
            if (!LanguageTags.isValid(input.languages().get(i))) {
                errors.add(new FieldError("languages[" + i + "]", "must be a BCP 47 language tag such as km or fr"));
            }
        }
        input.titles().keySet().forEach(tag -> {
            if (!LanguageTags.isValid(tag)) {
                errors.add(new FieldError("titles." + tag, "the key must be a BCP 47 language tag such as fr"));
            }
        });
        if (input.seriesNumber() != null && input.series() == null) {
            errors.add(new FieldError("seriesNumber", "needs series: the number is its place in a series"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
    }

    public static boolean isTimeZone(String zone) {
        return zone != null && ZONES.contains(zone);
    }

    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
