package org.coalition.projects.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<CommunityMember, UUID> {

    public Optional<CommunityMember> find(UUID communityId, UUID personId) {
        return find("communityId = ?1 and personId = ?2", communityId, personId).firstResultOptional();
    }

    /** One keyset page of a community's members, in the order they were added. */
    public List<CommunityMember> page(UUID communityId, UUID after, int size) {
        return (after == null
                ? find("communityId = ?1", Sort.by("id"), communityId)
                : find("communityId = ?1 and id > ?2", Sort.by("id"), communityId, after))
                .page(0, size).list();
    }
}
