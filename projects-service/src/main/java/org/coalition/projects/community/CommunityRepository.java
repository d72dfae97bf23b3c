package org.coalition.projects.community;

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
public class CommunityRepository implements PanacheRepositoryBase<Community, UUID> {

    /** One keyset page of communities matching {@code criteria}, in id (creation) order. */
    @SuppressWarnings("unchecked")
    public List<Community> page(CommunityFilter.Criteria criteria, UUID after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        add(where, parameters, "c.theme = :theme", "theme", criteria.theme() == null ? null : criteria.theme().slug());
        add(where, parameters, "cast(:country as text) = any(c.countries)", "country", criteria.country());
        add(where, parameters, "c.status = :status", "status",
                criteria.status() == null ? null : criteria.status().slug());
        if (criteria.q() != null) {
            List<String> words = SearchText.containsPatterns(criteria.q());
            for (int i = 0; i < words.size(); i++) {
                add(where, parameters, "c.search_text like :q" + i + " escape '\\'", "q" + i, words.get(i));
            }
        }
        add(where, parameters, "c.updated_at >= :updatedSince", "updatedSince", criteria.updatedSince());
        add(where, parameters, "c.id > :after", "after", after);
        String sql = "select c.* from community c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.id limit :size";
        Query query = getEntityManager().createNativeQuery(sql, Community.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }

    private static void add(List<String> where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}
