package org.coalition.partners.reference;

import org.coalition.kit.text.Slugged;
import org.coalition.kit.text.Countries;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.problem.Problem.FieldError;

/** Checks of the filter parameters several lists share; each adds a field error rather than throwing. */
public final class FilterChecks {

    private static final int MAX_QUERY = 200;

    private FilterChecks() {
    }

    public static void country(String value, List<FieldError> errors) {
        if (value != null && !Countries.isCountry(value)) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as KH"));
        }
    }

    public static void query(String value, List<FieldError> errors) {
        if (value != null && (value.isBlank() || value.length() > MAX_QUERY)) {
            errors.add(new FieldError("q", "must be 1 to " + MAX_QUERY + " characters"));
        }
    }

    public static UUID uuid(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<UUID> id = Ids.parse(value);
        if (id.isEmpty()) {
            errors.add(new FieldError(field, "must be a UUID"));
        }
        return id.orElse(null);
    }

    public static <E extends Enum<E> & Slugged> E slug(String field, String value, Class<E> type,
            List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<E> parsed = Slugged.fromSlug(type, value);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(field, "must be one of " + Slugged.slugs(type)));
        }
        return parsed.orElse(null);
    }

    public static OffsetDateTime updatedSince(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("updatedSince", "must be an RFC 3339 time such as 2024-05-21T02:00:00Z"));
            return null;
        }
    }
}
