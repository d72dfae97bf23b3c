package org.coalition.meetings.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.sql.Where;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    /** One keyset page of a meeting's agenda, in time order. */
    @SuppressWarnings("unchecked")
    public List<AgendaItem> page(UUID meetingId, TimeKeyset after, int size) {
        Where where = new Where().and("a.meeting_id = :meetingId", "meetingId", meetingId);
        if (after != null) {
            where.and("(a.starts_at, a.id) > (:afterAt, :afterId)", Map.of("afterAt", after.at(), "afterId", after.id()));
        }
        return where.query(getEntityManager(), "select a.* from agenda_item a", "order by a.starts_at, a.id limit :size",
                size, AgendaItem.class).getResultList();
    }
}
