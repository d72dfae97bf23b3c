package org.coalition.projects.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The current names of organisations and people, read from the replica when a representation is
 * built: a rename in partners-service shows in every response from then on, and an erased person has
 * no name here any more.
 */
@ApplicationScoped
public class Names {

    private final EntityManager entityManager;

    public Names(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One query per kind for a whole page, whatever its size; null ids are ignored. */
    public Known of(Collection<UUID> organisationIds, Collection<UUID> personIds) {
        return new Known(
                names("select p.id, p.name from ReplicaPartner p where p.id in ?1", organisationIds),
                names("select p.id, p.name from ReplicaPerson p where p.id in ?1 and p.erased = false", personIds));
    }

    private Map<UUID, String> names(String query, Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            entityManager.createQuery(query, Object[].class).setParameter(1, wanted).getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /** Names by id; null for an id the replica does not know or a person who was erased. */
    public record Known(Map<UUID, String> organisations, Map<UUID, String> people) {

        public String organisation(UUID id) {
            return id == null ? null : organisations.get(id);
        }

        public String person(UUID id) {
            return id == null ? null : people.get(id);
        }
    }
}
