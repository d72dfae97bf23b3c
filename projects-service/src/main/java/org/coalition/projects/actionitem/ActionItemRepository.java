package org.coalition.projects.actionitem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The action items linked to projects. A write is one upsert that applies only a newer version than
 * the stored one, so replayed or reordered events never move an item back in time.
 */
@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ReplicaActionItem, UUID> {

    @Transactional(Transactional.TxType.MANDATORY)
    void save(ActionItemData item) {
        getEntityManager().createNativeQuery("""
                        insert into replica_action_item as r (id, meeting_id, project_id, title, status, due_on,
                            completed_at, owner_person_id, owner_partner_id, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (id) do update set meeting_id = excluded.meeting_id,
                            project_id = excluded.project_id, title = excluded.title, status = excluded.status,
                            due_on = excluded.due_on, completed_at = excluded.completed_at,
                            owner_person_id = excluded.owner_person_id, owner_partner_id = excluded.owner_partner_id,
                            version = excluded.version
                        where r.version < excluded.version""")
                .setParameter(1, item.id())
                .setParameter(2, item.meetingId())
                .setParameter(3, item.projectId())
                .setParameter(4, item.title())
                .setParameter(5, item.status())
                .setParameter(6, item.dueOn())
                .setParameter(7, item.completedAt())
                .setParameter(8, item.ownerPersonId())
                .setParameter(9, item.ownerPartnerId())
                .setParameter(10, item.version())
                .executeUpdate();
    }

    /** One keyset page of the action items linked to a project, optionally in one status. */
    public List<ReplicaActionItem> page(UUID projectId, String status, UUID after, int size) {
        StringBuilder query = new StringBuilder("projectId = :project");
        Parameters parameters = Parameters.with("project", projectId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return find(query.toString(), Sort.by("id"), parameters).page(0, size).list();
    }
}
