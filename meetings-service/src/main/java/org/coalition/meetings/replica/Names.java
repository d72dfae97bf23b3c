package org.coalition.meetings.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The current names of organisations, people and groups, read from the replica when a representation
 * is built: a rename in partners-service shows in every response from then on, and an erased person
 * has no name here any more.
 */
@ApplicationScoped
public class Names {

    private final EntityManager entityManager;

    public Names(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One query per kind for a whole page, whatever its size; null ids are ignored. */
    public Known of(Collection<UUID> organisationIds, Collection<UUID> personIds) {
        Map<UUID, String> people = new HashMap<>();
        Set<UUID> erased = new HashSet<>();
        rows("select p.id, p.name, p.erased from ReplicaPerson p where p.id in ?1", personIds).forEach(row -> {
            if ((Boolean) row[2]) {
                erased.add((UUID) row[0]);
            } else {
                people.put((UUID) row[0], (String) row[1]);
            }
        });
        Map<UUID, String> organisations = new HashMap<>();
        rows("select p.id, p.name from ReplicaPartner p where p.id in ?1", organisationIds)
                .forEach(row -> organisations.put((UUID) row[0], (String) row[1]));
        return new Known(organisations, people, erased);
    }

    public String group(UUID id) {
        if (id == null) {
            return null;
        }
        ReplicaGroup group = entityManager.find(ReplicaGroup.class, id);
        return group == null ? null : group.name;
    }

    private List<Object[]> rows(String query, Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(query, Object[].class).setParameter(1, wanted).getResultList();
    }

    /** Names by id; null for an id the replica does not know or a person who was erased. */
    public record Known(Map<UUID, String> organisations, Map<UUID, String> people, Set<UUID> erasedPeople) {

        public String organisation(UUID id) {
            return id == null ? null : organisations.get(id);
        }

        public String person(UUID id) {
            return id == null ? null : people.get(id);
        }

        public boolean erased(UUID personId) {
            return personId != null && erasedPeople.contains(personId);
        }
    }
}
