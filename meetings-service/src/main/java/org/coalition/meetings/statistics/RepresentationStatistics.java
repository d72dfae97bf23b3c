package org.coalition.meetings.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.coalition.kit.problem.ProblemException;
import org.coalition.meetings.meeting.Meeting;
import org.coalition.meetings.sql.Where;
import org.coalition.meetings.statistics.RepresentationApi.Breakdown;
import org.coalition.meetings.statistics.RepresentationApi.Bucket;
import org.coalition.meetings.statistics.RepresentationApi.Representation;

/**
 * Representation of organisation types, countries, subdivisions, roles and genders among the people
 * and organisations at meetings, read from the participants and the replica in one query.
 */
@ApplicationScoped
public class RepresentationStatistics {

    static final String UNKNOWN = "unknown";

    private final EntityManager entityManager;

    public RepresentationStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Representation of(OffsetDateTime from, OffsetDateTime to, UUID groupId, UUID meetingId) {
        if (meetingId != null && entityManager.find(Meeting.class, meetingId) == null) {
            throw ProblemException.notFound("meeting", meetingId);
        }
        long meetings = ((Number) selection(from, to, groupId, meetingId)
                .query(entityManager, "select count(*) from meeting m", "", 0, null).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = selection(from, to, groupId, meetingId)
                .and("""
                        ((m.status = 'held' and p.status = 'attended')
                        or (m.status in ('planned', 'confirmed') and p.status in ('registered', 'attended')))""", Map.of())
                .query(entityManager, """
                        select o.type, coalesce(person.country, o.country), o.subdivision, p.role, person.gender,
                            (p.role = 'speaker' or exists (
                                select 1 from agenda_item a join agenda_speaker s on s.agenda_item_id = a.id
                                where a.meeting_id = m.id
                                and ((p.person_id is not null and s.person_id = p.person_id)
                                    or (p.person_id is null and s.person_id is null and s.partner_id = p.partner_id))))
                        from participant p join meeting m on m.id = p.meeting_id
                        left join replica_person person on person.id = p.person_id
                        left join replica_partner o on o.id = p.partner_id""", "", 0, null)
                .getResultList();
        List<Counted> participants = rows.stream().map(RepresentationStatistics::counted).toList();
        List<Counted> speakers = participants.stream().filter(Counted::speaker).toList();
        return new Representation(meetings, breakdown(participants), breakdown(speakers));
    }

    private static Where selection(OffsetDateTime from, OffsetDateTime to, UUID groupId, UUID meetingId) {
        return new Where()
                .and("m.status <> 'cancelled'", Map.of())
                .and("m.ends_at >= :from", "from", from)
                .and("m.starts_at < :to", "to", to)
                .and("m.group_id = :groupId", "groupId", groupId)
                .and("m.id = :meetingId", "meetingId", meetingId);
    }

    private static Counted counted(Object[] row) {
        return new Counted(orUnknown(row[0]), orUnknown(row[1]), orUnknown(row[2]), orUnknown(row[3]), orUnknown(row[4]),
                Boolean.TRUE.equals(row[5]));
    }

    static Breakdown breakdown(List<Counted> counted) {
        return new Breakdown(counted.size(), buckets(counted, Counted::organisationType), buckets(counted, Counted::country),
                buckets(counted, Counted::subdivision), buckets(counted, Counted::role), buckets(counted, Counted::gender));
    }

    /** Largest first, then by value, so that the order is stable for dashboards. */
    private static List<Bucket> buckets(List<Counted> counted, Function<Counted, String> dimension) {
        Map<String, Long> counts = new TreeMap<>();
        counted.forEach(c -> counts.merge(dimension.apply(c), 1L, Long::sum));
        List<Bucket> buckets = new ArrayList<>();
        counts.forEach((value, count) -> buckets.add(new Bucket(value, count, (double) count / counted.size())));
        buckets.sort(Comparator.comparingLong(Bucket::count).reversed().thenComparing(Bucket::value));
        return buckets;
    }

    private static String orUnknown(Object value) {
        return value == null ? UNKNOWN : value.toString();
    }

    record Counted(String organisationType, String country, String subdivision, String role, String gender,
            boolean speaker) {
    }
}
