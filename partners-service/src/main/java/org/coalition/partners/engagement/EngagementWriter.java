package org.coalition.partners.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Applies the other services' events to the engagement tables. Each write is an upsert that applies
 * only a newer version than the stored one, so replayed or redelivered events change nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EngagementWriter {

    private final EntityManager entityManager;

    public EngagementWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void meeting(EventData.Meeting meeting) {
        entityManager.createNativeQuery("""
                        insert into eng_meeting as m (id, kind, starts_at, status, version) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (id) do update set kind = excluded.kind, starts_at = excluded.starts_at,
                            status = excluded.status, version = excluded.version
                        where m.version < excluded.version""")
                .setParameter(1, meeting.id()).setParameter(2, meeting.kind()).setParameter(3, meeting.startsAt())
                .setParameter(4, meeting.status()).setParameter(5, meeting.version())
                .executeUpdate();
    }

    void meetingRemoved(UUID meetingId) {
        entityManager.createNativeQuery("delete from eng_participant where meeting_id = ?1").setParameter(1, meetingId)
                .executeUpdate();
        entityManager.createNativeQuery("delete from eng_meeting where id = ?1").setParameter(1, meetingId).executeUpdate();
    }

    void participant(EventData.Participant participant) {
        entityManager.createNativeQuery("""
                        insert into eng_participant as p (id, meeting_id, person_id, partner_id, role, status, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (id) do update set person_id = excluded.person_id, partner_id = excluded.partner_id,
                            role = excluded.role, status = excluded.status, version = excluded.version
                        where p.version < excluded.version""")
                .setParameter(1, participant.id()).setParameter(2, participant.meetingId())
                .setParameter(3, participant.personId()).setParameter(4, participant.partnerId())
                .setParameter(5, participant.role()).setParameter(6, participant.status())
                .setParameter(7, participant.version())
                .executeUpdate();
    }

    void participantRemoved(UUID participantId) {
        entityManager.createNativeQuery("delete from eng_participant where id = ?1").setParameter(1, participantId)
                .executeUpdate();
    }

    void actionItem(EventData.ActionItem item) {
        entityManager.createNativeQuery("""
                        insert into eng_action_item as a (id, owner_person_id, owner_partner_id, status, due_on, updated_at, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (id) do update set owner_person_id = excluded.owner_person_id,
                            owner_partner_id = excluded.owner_partner_id, status = excluded.status,
                            due_on = excluded.due_on, updated_at = excluded.updated_at, version = excluded.version
                        where a.version < excluded.version""")
                .setParameter(1, item.id()).setParameter(2, item.ownerPersonId()).setParameter(3, item.ownerPartnerId())
                .setParameter(4, item.status()).setParameter(5, item.dueOn()).setParameter(6, item.updatedAt())
                .setParameter(7, item.version())
                .executeUpdate();
    }

    /** The project and its roles, replaced as a whole when the event is newer than what is stored. */
    void project(EventData.Project project) {
        int applied = entityManager.createNativeQuery("""
                        insert into eng_project as p (id, title, status, updated_at, version) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (id) do update set title = excluded.title, status = excluded.status,
                            updated_at = excluded.updated_at, version = excluded.version
                        where p.version < excluded.version""")
                .setParameter(1, project.id()).setParameter(2, project.title()).setParameter(3, project.status())
                .setParameter(4, project.updatedAt()).setParameter(5, project.version())
                .executeUpdate();
        if (applied == 0) {
            return;
        }
        entityManager.createNativeQuery("delete from eng_project_role where project_id = ?1").setParameter(1, project.id())
                .executeUpdate();
        if (project.leadMemberPersonIds() != null) {
            project.leadMemberPersonIds().forEach(person -> role(project.id(), "person", person, "lead"));
        }
        if (project.participatingPartners() != null) {
            project.participatingPartners().forEach(p -> role(project.id(), "partner", p.partnerId(), p.role()));
        }
    }

    private void role(UUID projectId, String kind, UUID subject, String role) {
        if (subject == null || role == null) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into eng_project_role (project_id, subject_kind, subject_id, role) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, projectId).setParameter(2, kind).setParameter(3, subject).setParameter(4, role)
                .executeUpdate();
    }
}
