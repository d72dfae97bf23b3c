package org.coalition.projects.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<CommunityMember, UUID> {

    public Optional<CommunityMember> find(UUID communityId, UUID personId) {
        return find("communityId = ?1 and personId = ?2", communityId, personId).firstResultOptional();
    }

    /**
     * The person's membership if it has not ended before {@code day}: who may write updates, review
     * them or advise peers.
     */
    public Optional<CommunityMember> memberOn(UUID communityId, UUID personId, LocalDate day) {
        return find(communityId, personId).filter(m -> m.leftOn == null || !m.leftOn.isBefore(day));
    }

    /** One keyset page of a community's members, in the order they were added. */
    public List<CommunityMember> page(UUID communityId, UUID after, int size) {
        return (after == null
                ? find("communityId = ?1", Sort.by("id"), communityId)
                : find("communityId = ?1 and id > ?2", Sort.by("id"), communityId, after))
                .page(0, size).list();
    }

    /** Which of {@code personIds} are members of the community. */
    public Set<UUID> membersAmong(UUID communityId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                        "select m.personId from CommunityMember m where m.communityId = ?1 and m.personId in ?2", UUID.class)
                .setParameter(1, communityId)
                .setParameter(2, personIds)
                .getResultList());
    }

    /** The title of a project of the community that the person leads, if any. */
    public Optional<String> ledProject(UUID communityId, UUID personId) {
        return getEntityManager().createNativeQuery(
                        "select title from project where community_id = ?1 and ?2 = any(lead_member_person_ids) limit 1",
                        String.class)
                .setParameter(1, communityId)
                .setParameter(2, personId)
                .getResultStream()
                .map(String.class::cast)
                .findFirst();
    }
}
