package org.coalition.meetings.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the replica. Each write is one upsert that applies only a newer version than the
 * stored one, so concurrent, replayed or reordered events can never move a row back in time.
 */
@ApplicationScoped
public class ReplicaRepository {

    private final EntityManager entityManager;

    public ReplicaRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void savePartner(PartnerData partner) {
        entityManager.createNativeQuery("""
                        insert into replica_partner as r (id, name, type, country, subdivision, status, merged_into, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (id) do update set name = excluded.name, type = excluded.type,
                            country = excluded.country, subdivision = excluded.subdivision, status = excluded.status,
                            merged_into = excluded.merged_into, version = excluded.version
                        where r.version < excluded.version""")
                .setParameter(1, partner.id())
                .setParameter(2, partner.name())
                .setParameter(3, partner.type())
                .setParameter(4, partner.country())
                .setParameter(5, partner.subdivision())
                .setParameter(6, partner.status())
                .setParameter(7, partner.mergedInto())
                .setParameter(8, partner.version())
                .executeUpdate();
    }

    /** A person stays erased: an update, however new its version, never brings the personal data back. */
    @Transactional(Transactional.TxType.MANDATORY)
    void savePerson(PersonData person) {
        entityManager.createNativeQuery("""
                        insert into replica_person as r (id, name, country, gender, erased, version)
                        values (?1, ?2, ?3, ?4, false, ?5)
                        on conflict (id) do update set name = excluded.name, country = excluded.country,
                            gender = excluded.gender, version = excluded.version
                        where r.version < excluded.version and not r.erased""")
                .setParameter(1, person.id())
                .setParameter(2, person.name())
                .setParameter(3, person.country())
                .setParameter(4, person.gender())
                .setParameter(5, person.version())
                .executeUpdate();
    }

    /** Erasure applies whatever the order of arrival: personal data must not survive a late event. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erasePerson(UUID id, long version) {
        entityManager.createNativeQuery("""
                        insert into replica_person as r (id, name, country, gender, erased, version)
                        values (?1, null, null, null, true, ?2)
                        on conflict (id) do update set name = null, country = null, gender = null, erased = true,
                            version = greatest(r.version, excluded.version)""")
                .setParameter(1, id)
                .setParameter(2, version)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void saveGroup(GroupData group) {
        entityManager.createNativeQuery("""
                        insert into replica_group as r (id, name, status, version) values (?1, ?2, ?3, ?4)
                        on conflict (id) do update set name = excluded.name, status = excluded.status,
                            version = excluded.version
                        where r.version < excluded.version""")
                .setParameter(1, group.id())
                .setParameter(2, group.name())
                .setParameter(3, group.status())
                .setParameter(4, group.version())
                .executeUpdate();
    }

    public Optional<ReplicaPartner> partner(UUID id) {
        return Optional.ofNullable(entityManager.find(ReplicaPartner.class, id));
    }

    public Optional<ReplicaPerson> person(UUID id) {
        return Optional.ofNullable(entityManager.find(ReplicaPerson.class, id));
    }

    public Optional<ReplicaGroup> group(UUID id) {
        return Optional.ofNullable(entityManager.find(ReplicaGroup.class, id));
    }
}
