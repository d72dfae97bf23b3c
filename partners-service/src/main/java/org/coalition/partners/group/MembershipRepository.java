package org.coalition.partners.group;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public List<Membership> page(UUID groupId, UUID after, int size) {
        return after == null
                ? find("groupId = ?1 order by id", groupId).page(0, size).list()
                : find("groupId = ?1 and id > ?2 order by id", groupId, after).page(0, size).list();
    }

    /** An open membership (no end date) of the same member in the same role. */
    public boolean hasOpenDuplicate(Membership candidate) {
        return count("groupId = ?1 and role = ?2 and to is null and id <> ?3 and "
                        + (candidate.partnerId != null ? "partnerId = ?4" : "personId = ?4"),
                candidate.groupId, candidate.role, candidate.id,
                candidate.partnerId != null ? candidate.partnerId : candidate.personId) > 0;
    }
}
