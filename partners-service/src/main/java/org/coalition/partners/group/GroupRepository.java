package org.coalition.partners.group;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.text.SearchText;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<PartnerGroup, UUID> {

    public record Criteria(GroupKind kind, String country, UUID parentGroupId, UUID partnerId, UUID personId,
            String q) {
    }

    @SuppressWarnings("unchecked")
    public List<PartnerGroup> page(Criteria criteria, UUID after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        where.add("true");
        if (criteria.kind() != null) {
            where.add("g.kind = :kind");
            parameters.put("kind", criteria.kind().slug());
        }
        if (criteria.country() != null) {
            where.add("g.country = :country");
            parameters.put("country", criteria.country());
        }
        if (criteria.parentGroupId() != null) {
            where.add("g.parent_group_id = :parent");
            parameters.put("parent", criteria.parentGroupId());
        }
        if (criteria.partnerId() != null) {
            where.add("exists (select 1 from group_membership m where m.group_id = g.id and m.partner_id = :partnerId)");
            parameters.put("partnerId", criteria.partnerId());
        }
        if (criteria.personId() != null) {
            where.add("exists (select 1 from group_membership m where m.group_id = g.id and m.person_id = :personId)");
            parameters.put("personId", criteria.personId());
        }
        if (criteria.q() != null) {
            List<String> words = SearchText.containsPatterns(criteria.q());
            for (int i = 0; i < words.size(); i++) {
                where.add("g.search_text like :q" + i + " escape '\\'");
                parameters.put("q" + i, words.get(i));
            }
        }
        if (after != null) {
            where.add("g.id > :after");
            parameters.put("after", after);
        }
        Query query = getEntityManager().createNativeQuery("select g.* from partner_group g where "
                + String.join(" and ", where) + " order by g.id limit :size", PartnerGroup.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }

    /** Whether {@code ancestor} is {@code group} or above it in the parent chain. */
    public boolean isAncestorOrSelf(UUID ancestor, UUID group) {
        return ((Number) getEntityManager().createNativeQuery("""
                        with recursive chain(id, parent) as (
                            select id, parent_group_id from partner_group where id = ?1
                            union all
                            select g.id, g.parent_group_id from partner_group g join chain c on g.id = c.parent
                        )
                        select count(*) from chain where id = ?2""")
                .setParameter(1, group)
                .setParameter(2, ancestor)
                .getSingleResult()).longValue() > 0;
    }
}
