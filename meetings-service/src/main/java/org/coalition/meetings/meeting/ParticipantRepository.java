package org.coalition.meetings.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coalition.meetings.sql.Where;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** One keyset page of a meeting's participants, in the order they were added. */
    @SuppressWarnings("unchecked")
    public List<Participant> page(UUID meetingId, ParticipantRole role, ParticipantStatus status, UUID after, int size) {
        return new Where()
                .and("p.meeting_id = :meetingId", "meetingId", meetingId)
                .and("p.role = :role", "role", role == null ? null : role.slug())
                .and("p.status = :status", "status", status == null ? null : status.slug())
                .and("p.id > :after", "after", after)
                .query(getEntityManager(), "select p.* from participant p", "order by p.id limit :size", size,
                        Participant.class)
                .getResultList();
    }

    /** The participant of {@code meetingId}, other than {@code self}, that is the same person or lone organisation. */
    public Optional<Participant> sameAs(UUID meetingId, UUID personId, UUID partnerId, UUID self) {
        if (personId != null) {
            return find("meetingId = ?1 and personId = ?2 and id <> ?3", meetingId, personId, self).firstResultOptional();
        }
        return find("meetingId = ?1 and personId is null and partnerId = ?2 and id <> ?3", meetingId, partnerId, self)
                .firstResultOptional();
    }
}
