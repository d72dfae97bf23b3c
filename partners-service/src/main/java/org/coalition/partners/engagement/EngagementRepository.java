package org.coalition.partners.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.coalition.kit.sql.Aggregates;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads engagement from the tables the consumer keeps. Each figure is one aggregate query over the
 * subject's rows; the subject column is partner_id / owner_partner_id for organisations and
 * person_id / owner_person_id for people.
 */
@ApplicationScoped
public class EngagementRepository {

    enum Subject {
        PARTNER("partner_id", "owner_partner_id", "partner"),
        PERSON("person_id", "owner_person_id", "person");

        final String participantColumn;
        final String ownerColumn;
        final String kind;

        Subject(String participantColumn, String ownerColumn, String kind) {
            this.participantColumn = participantColumn;
            this.ownerColumn = ownerColumn;
            this.kind = kind;
        }
    }

    private final EntityManager entityManager;

    public EngagementRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<String, Long> attendedByKind(Subject subject, UUID id) {
        return counts("select coalesce(m.kind, 'unknown'), count(distinct p.meeting_id) from eng_participant p "
                + "left join eng_meeting m on m.id = p.meeting_id where p." + subject.participantColumn
                + " = ?1 and p.status = 'attended' group by 1 order by 1", id);
    }

    Map<String, Long> attendedByYear(Subject subject, UUID id) {
        return counts("select coalesce(extract(year from m.starts_at at time zone 'UTC')::int::text, 'unknown'), "
                + "count(distinct p.meeting_id) from eng_participant p left join eng_meeting m on m.id = p.meeting_id "
                + "where p." + subject.participantColumn + " = ?1 and p.status = 'attended' group by 1 order by 1", id);
    }

    Map<String, Long> participationsByRole(Subject subject, UUID id) {
        return counts("select role, count(*) from eng_participant where " + subject.participantColumn
                + " = ?1 and role is not null group by role order by 1", id);
    }

    /** attended, in a speaking role, upcoming. */
    long[] meetings(Subject subject, UUID id) {
        return longs("select count(distinct meeting_id) filter (where p.status = 'attended'), "
                + "count(distinct meeting_id) filter (where p.status = 'attended' and p.role in ('speaker', 'facilitator')), "
                + "count(distinct meeting_id) filter (where p.status in ('invited', 'registered') "
                + "and coalesce(m.status, 'planned') in ('planned', 'confirmed')) "
                + "from eng_participant p left join eng_meeting m on m.id = p.meeting_id where p."
                + subject.participantColumn + " = ?1", id);
    }

    Map<String, Long> projectsByRole(Subject subject, UUID id) {
        return counts("select role, count(distinct project_id) from eng_project_role where subject_kind = '"
                + subject.kind + "' and subject_id = ?1 group by role order by 1", id);
    }

    long projects(Subject subject, UUID id) {
        return longs("select count(distinct project_id) from eng_project_role where subject_kind = '" + subject.kind
                + "' and subject_id = ?1", id)[0];
    }

    /** open, overdue, done. */
    long[] actionItems(Subject subject, UUID id) {
        return longs("select count(*) filter (where status in ('open', 'in-progress')), "
                + "count(*) filter (where status in ('open', 'in-progress') and due_on < current_date), "
                + "count(*) filter (where status = 'done') from eng_action_item where " + subject.ownerColumn + " = ?1", id);
    }

    LocalDate lastActivity(Subject subject, UUID id) {
        Object day = entityManager.createNativeQuery("select greatest("
                        + "(select max(m.starts_at) from eng_participant p join eng_meeting m on m.id = p.meeting_id "
                        + " where p." + subject.participantColumn + " = ?1 and p.status = 'attended'), "
                        + "(select max(e.updated_at) from eng_project_role r join eng_project e on e.id = r.project_id "
                        + " where r.subject_kind = '" + subject.kind + "' and r.subject_id = ?1), "
                        + "(select max(updated_at) from eng_action_item where " + subject.ownerColumn + " = ?1)"
                        + ")::date")
                .setParameter(1, id).getSingleResult();
        return day == null ? null : day instanceof Date date ? date.toLocalDate() : (LocalDate) day;
    }

    /** Organisations that attended the same meetings or take part in the same projects, most shared first. */
    List<Object[]> collaborators(UUID partnerId, int limit) {
        return entityManager.createNativeQuery("""
                        with met as (
                            select o.partner_id as other, count(distinct o.meeting_id) as n
                            from eng_participant s join eng_participant o on o.meeting_id = s.meeting_id
                            where s.partner_id = ?1 and s.status = 'attended' and o.status = 'attended'
                              and o.partner_id is not null and o.partner_id <> ?1
                            group by o.partner_id),
                        worked as (
                            select o.subject_id as other, count(distinct o.project_id) as n
                            from eng_project_role s join eng_project_role o on o.project_id = s.project_id
                            where s.subject_kind = 'partner' and s.subject_id = ?1
                              and o.subject_kind = 'partner' and o.subject_id <> ?1
                            group by o.subject_id)
                        select coalesce(met.other, worked.other) as other, p.name, coalesce(met.n, 0), coalesce(worked.n, 0)
                        from met full join worked on worked.other = met.other
                        left join partner p on p.id = coalesce(met.other, worked.other)
                        order by coalesce(met.n, 0) + coalesce(worked.n, 0) desc, p.name, other
                        limit ?2""", Object[].class)
                .setParameter(1, partnerId).setParameter(2, limit)
                .getResultList().stream().map(Object[].class::cast).toList();
    }

    private Map<String, Long> counts(String sql, UUID id) {
        return Aggregates.counts(entityManager, sql, id);
    }

    private long[] longs(String sql, UUID id) {
        return Aggregates.longs(entityManager, sql, id);
    }
}
