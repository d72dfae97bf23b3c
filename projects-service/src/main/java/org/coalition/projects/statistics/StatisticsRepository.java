package org.coalition.projects.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.coalition.kit.sql.Aggregates;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The aggregate queries behind a community's statistics; each is one pass over the community's rows. */
@ApplicationScoped
public class StatisticsRepository {

    private final EntityManager entityManager;

    public StatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<String, Long> projectsByStatus(UUID communityId) {
        return counts("select status, count(*) from project where community_id = ?1 group by status order by 1", communityId);
    }

    Map<String, Long> projectsByTheme(UUID communityId) {
        return counts("select t, count(*) from project, unnest(themes) t where community_id = ?1 group by t order by 1",
                communityId);
    }

    Map<String, Long> projectsByCountry(UUID communityId) {
        return counts("select c, count(*) from project, unnest(countries) c where community_id = ?1 group by c order by 1",
                communityId);
    }

    /** total, done, done on time, missed, overdue. */
    long[] milestones(UUID communityId) {
        return longs("""
                select count(*), count(*) filter (where m.status = 'done'),
                       count(*) filter (where m.status = 'done' and m.completed_on <= m.due_on),
                       count(*) filter (where m.status = 'missed'),
                       count(*) filter (where m.status = 'planned' and m.due_on < current_date)
                from milestone m join project p on p.id = m.project_id where p.community_id = ?1""", communityId);
    }

    /** running projects, those with an approved update in the last 90 days, updates awaiting review. */
    long[] updates(UUID communityId) {
        return longs("""
                select count(*) filter (where p.status in ('active', 'on-hold')),
                       count(*) filter (where p.status in ('active', 'on-hold') and exists (
                           select 1 from progress_update u where u.project_id = p.id and u.review = 'approved'
                           and u.reported_on >= current_date - 90)),
                       (select count(*) from progress_update u join project q on q.id = u.project_id
                        where q.community_id = ?1 and u.review = 'submitted')
                from project p where p.community_id = ?1""", communityId);
    }

    List<UUID> indicatorIds(UUID communityId) {
        return entityManager.createNativeQuery("""
                        select i.id from indicator i join project p on p.id = i.project_id
                        where p.community_id = ?1 order by i.project_id, i.id""", UUID.class)
                .setParameter(1, communityId).getResultList().stream().map(UUID.class::cast).toList();
    }

    Map<String, Long> membersByRole(UUID communityId) {
        return counts("""
                select role, count(*) from community_member where community_id = ?1
                and (left_on is null or left_on >= current_date) group by role order by 1""", communityId);
    }

    /**
     * Current members with whether they lead a project, their country (their own, else their
     * organisation's) and their organisation's type: person id, lead, country, type.
     */
    List<Object[]> members(UUID communityId) {
        return entityManager.createNativeQuery("""
                        select m.person_id,
                               exists (select 1 from project p where p.community_id = m.community_id
                                       and p.status <> 'discontinued' and m.person_id = any(p.lead_member_person_ids)),
                               coalesce(rp.country, o.country, 'unknown'),
                               coalesce(o.type, 'unknown')
                        from community_member m
                        left join replica_person rp on rp.id = m.person_id
                        left join replica_partner o on o.id = m.affiliation_partner_id
                        where m.community_id = ?1 and (m.left_on is null or m.left_on >= current_date)""", Object[].class)
                .setParameter(1, communityId).getResultList().stream().map(Object[].class::cast).toList();
    }

    Map<String, Long> feedbackByKind(UUID communityId) {
        return counts("select kind, count(*) from feedback where community_id = ?1 group by kind order by 1", communityId);
    }

    long feedbackResolved(UUID communityId) {
        return longs("select count(*) from feedback where community_id = ?1 and resolved", communityId)[0];
    }

    private Map<String, Long> counts(String sql, UUID communityId) {
        return Aggregates.counts(entityManager, sql, communityId);
    }

    private long[] longs(String sql, UUID communityId) {
        return Aggregates.longs(entityManager, sql, communityId);
    }
}
