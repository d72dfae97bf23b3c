package org.coalition.meetings.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coalition.meetings.sql.Where;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {

    /** One keyset page of a meeting's outcomes, in the order they were recorded. */
    @SuppressWarnings("unchecked")
    public List<Outcome> page(UUID meetingId, OutcomeKind kind, UUID after, int size) {
        return new Where()
                .and("o.meeting_id = :meetingId", "meetingId", meetingId)
                .and("o.kind = :kind", "kind", kind == null ? null : kind.slug())
                .and("o.id > :after", "after", after)
                .query(getEntityManager(), "select o.* from outcome o", "order by o.id limit :size", size, Outcome.class)
                .getResultList();
    }
}
