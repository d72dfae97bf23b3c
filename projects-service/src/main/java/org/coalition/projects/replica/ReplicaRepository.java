package org.coalition.projects.replica;

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
                        insert into replica_partner as r (id, name, type, country, status, merged_into, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (id) do update set name = excluded.name, type = excluded.type,
                            country = excluded.country, status = excluded.status,
                            merged_into = excluded.merged_into, version = excluded.version
                        where r.version < excluded.version""")
                .setParameter(1, partner.id())
                .setParameter(2, partner.name())
                .setParameter(3, partner.type())
                .setParameter(4, partner.country())
                .setParameter(5, partner.status())
                .setParameter(6, partner.mergedInto())
                .setParameter(7, partner.version())
                .executeUpdate();
    }

    /** A person stays erased: an update, however new its version, never brings the name back. */
    @Transactional(Transactional.TxType.MANDATORY)
    void savePerson(PersonData person) {
        entityManager.createNativeQuery("""
                        insert into replica_person as r (id, name, country, erased, version) values (?1, ?2, ?3, false, ?4)
                        on conflict (id) do update set name = excluded.name, country = excluded.country,
                            version = excluded.version
                        where r.version < excluded.version and not r.erased""")
                .setParameter(1, person.id())
                .setParameter(2, person.name())
                .setParameter(3, person.country())
                .setParameter(4, person.version())
                .executeUpdate();
    }

    /** Erasure applies whatever the order of arrival: personal data must not survive a late event. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erasePerson(UUID id, long version) {
        entityManager.createNativeQuery("""
                        insert into replica_person as r (id, name, country, erased, version) values (?1, null, null, true, ?2)
                        on conflict (id) do update set name = null, country = null, erased = true,
                            version = greatest(r.version, excluded.version)""")
                .setParameter(1, id)
                .setParameter(2, version)
                .executeUpdate();
    }

    public Optional<ReplicaPartner> partner(UUID id) {
        return Optional.ofNullable(entityManager.find(ReplicaPartner.class, id));
    }

    public Optional<ReplicaPerson> person(UUID id) {
        return Optional.ofNullable(entityManager.find(ReplicaPerson.class, id));
    }
}
