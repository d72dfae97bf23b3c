package org.coalition.kit.paging;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Countries;
import org.coalition.kit.text.Slugged;

/**
 * Reads list filters given as query parameters. Each reader adds an error naming the parameter instead
 * of failing at once, so one 400 lists every bad filter.
 */
public final class FilterValues {

    private FilterValues() {
    }

    public static <E extends Enum<E> & Slugged> E slug(Class<E> type, String value, String parameter,
            List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<E> parsed = Slugged.fromSlug(type, value);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(parameter, "must be one of " + Slugged.slugs(type)));
        }
        return parsed.orElse(null);
    }

    public static String country(String value, String parameter, List<FieldError> errors) {
        if (value != null && !Countries.isCountry(value)) {
            errors.add(new FieldError(parameter, "must be an ISO 3166-1 alpha-2 code such as KH"));
        }
        return value;
    }

    public static UUID id(String value, String parameter, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<UUID> parsed = Ids.parse(value);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(parameter, "must be a UUID"));
        }
        return parsed.orElse(null);
    }

    public static String text(String value, String parameter, List<FieldError> errors) {
        if (value != null && (value.isBlank() || value.length() > 200)) {
            errors.add(new FieldError(parameter, "must be 1 to 200 characters"));
        }
        return value;
    }

    public static OffsetDateTime time(String value, String parameter, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(parameter, "must be an RFC 3339 time such as 2024-05-21T02:00:00Z"));
            return null;
        }
    }

    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
    }
}
