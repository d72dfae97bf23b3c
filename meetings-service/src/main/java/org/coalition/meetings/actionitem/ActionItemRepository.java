package org.coalition.meetings.actionitem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.sql.Where;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    private static final String OVERDUE = "(a.status in ('open', 'in-progress') and a.due_on < (now() at time zone 'UTC')::date)";

    /** One keyset page of action items matching {@code criteria}, in creation order. */
    @SuppressWarnings("unchecked")
    public List<ActionItem> page(ActionItemFilter.Criteria criteria, UUID after, int size) {
        Where where = new Where()
                .and("a.meeting_id = :meetingId", "meetingId", criteria.meetingId())
                .and("a.owner_person_id = :ownerPersonId", "ownerPersonId", criteria.ownerPersonId())
                .and("a.owner_partner_id = :ownerPartnerId", "ownerPartnerId", criteria.ownerPartnerId())
                .and("a.status = :status", "status", criteria.status() == null ? null : criteria.status().slug())
                .and("a.project_id = :projectId", "projectId", criteria.projectId())
                .and("a.updated_at >= :updatedSince", "updatedSince", criteria.updatedSince())
                .and("a.id > :after", "after", after);
        if (criteria.overdue() != null) {
            where.and(criteria.overdue() ? OVERDUE : "not " + OVERDUE, Map.of());
        }
        return where.query(getEntityManager(), "select a.* from action_item a", "order by a.id limit :size", size,
                ActionItem.class).getResultList();
    }

    /**
     * Counts by follow-through for the action items of the meetings selected by group and start time:
     * total, open, done, done on time, done late, overdue, dropped.
     */
    public Object[] statistics(UUID groupId, OffsetDateTime from, OffsetDateTime to) {
        Where where = new Where()
                .and("m.group_id = :groupId", "groupId", groupId)
                .and("m.starts_at >= :from", "from", from)
                .and("m.starts_at < :to", "to", to);
        return (Object[]) where.query(getEntityManager(), """
                        select count(*),
                            count(*) filter (where a.status in ('open', 'in-progress')),
                            count(*) filter (where a.status = 'done'),
                            count(*) filter (where a.status = 'done' and a.due_on is not null
                                and (a.completed_at at time zone 'UTC')::date <= a.due_on),
                            count(*) filter (where a.status = 'done' and a.due_on is not null
                                and (a.completed_at at time zone 'UTC')::date > a.due_on),
                            count(*) filter (where %s),
                            count(*) filter (where a.status = 'dropped')
                        from action_item a join meeting m on m.id = a.meeting_id""".formatted(OVERDUE),
                "", 0, null).getSingleResult();
    }
}
