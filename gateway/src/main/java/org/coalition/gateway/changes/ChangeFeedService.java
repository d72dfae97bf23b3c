package org.coalition.gateway.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

@ApplicationScoped
public class ChangeFeedService {

    private static final Pattern TYPE = Pattern.compile("org\\.coalition\\.[a-z0-9.-]*\\*?|\\*");
    private static final Logger LOG = Logger.getLogger(ChangeFeedService.class);

    private final ChangeRepository changes;
    private final ObjectMapper mapper;
    private final ChangeFeedConfig config;

    public ChangeFeedService(ChangeRepository changes, ObjectMapper mapper, ChangeFeedConfig config) {
        this.changes = changes;
        this.mapper = mapper;
        this.config = config;
    }

    @Schema(name = "Changes")
    public record Changes(
            @Schema(description = "CloudEvents 1.0, oldest first") List<JsonNode> items,
            @Schema(description = "The cursor to ask with next time; always present") String next) {
    }

    /** The event families each read scope opens; admin opens all. */
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "partners:read", List.of("org.coalition.partner.%", "org.coalition.group.%", "org.coalition.partnership.%"),
            "people:read", List.of("org.coalition.person.%"),
            "meetings:read", List.of("org.coalition.meeting.%", "org.coalition.action-item.%"),
            "projects:read", List.of("org.coalition.community.%", "org.coalition.project.%"));

    public Changes after(String after, String types, Integer limit, Set<String> scopes) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > 500) {
            throw ProblemException.invalidField("limit", "must be between 1 and 500");
        }
        long afterSeq = 0;
        if (after != null) {
            try {
                afterSeq = Long.parseLong(Cursor.decode(after, 1).key(0));
            } catch (NumberFormatException e) {
                throw new ProblemException(ProblemType.BAD_CURSOR, "The cursor is not one this feed returned.");
            }
        }
        List<Object[]> rows = changes.after(afterSeq, patterns(types), allowed(scopes), size);
        List<JsonNode> items = new ArrayList<>();
        long last = afterSeq;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            try {
                items.add(mapper.readTree((String) row[1]));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Changes(items, Cursor.of(Long.toString(last)).encode());
    }

    /** The type patterns a caller may read; null for an admin, or when no access control runs. */
    private static List<String> allowed(Set<String> scopes) {
        if (scopes == null || scopes.contains("admin")) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        FAMILIES.forEach((scope, families) -> {
            if (scopes.contains(scope)) {
                allowed.addAll(families);
            }
        });
        return allowed.isEmpty() ? List.of("") : allowed;
    }

    /** Type filters as SQL LIKE patterns: an exact type, or a family ending in * (types hold no _ or %). */
    private static List<String> patterns(String types) {
        if (types == null || types.isBlank()) {
            return List.of();
        }
        List<String> prefixes = new ArrayList<>();
        for (String type : Arrays.stream(types.split(",")).map(String::strip).toList()) {
            if (!TYPE.matcher(type).matches()) {
                throw ProblemException.invalidField("types", "'" + type + "' is not an event type such as "
                        + "org.coalition.partner.updated or a family such as org.coalition.partner.*");
            }
            if (type.equals("*")) {
                return List.of();
            }
            prefixes.add(type.endsWith("*") ? type.substring(0, type.length() - 1) + "%" : type);
        }
        return prefixes;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int removed = changes.purgeBefore(Instant.now().minus(config.retention()));
        if (removed > 0) {
            LOG.infof("Change feed: removed %d events older than %s", removed, config.retention());
        }
    }
}
