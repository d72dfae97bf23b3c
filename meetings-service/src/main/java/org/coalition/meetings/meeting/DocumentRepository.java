package org.coalition.meetings.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coalition.meetings.sql.Where;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<MeetingDocument, UUID> {

    /** One keyset page of a meeting's documents, in the order they were added. */
    @SuppressWarnings("unchecked")
    public List<MeetingDocument> page(UUID meetingId, UUID after, int size) {
        return new Where()
                .and("d.meeting_id = :meetingId", "meetingId", meetingId)
                .and("d.id > :after", "after", after)
                .query(getEntityManager(), "select d.* from meeting_document d", "order by d.id limit :size", size,
                        MeetingDocument.class)
                .getResultList();
    }
}
