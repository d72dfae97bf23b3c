package org.coalition.partners.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.text.SearchText;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Criteria of the people list; erased people are listed only to sync clients (updatedSince). */
    public record Criteria(UUID partnerId, String country, String q, OffsetDateTime updatedSince) {
    }

    @SuppressWarnings("unchecked")
    public List<Person> page(Criteria criteria, UUID after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (criteria.updatedSince() == null) {
            where.add("not p.erased");
        } else {
            where.add("p.updated_at >= :updatedSince");
            parameters.put("updatedSince", criteria.updatedSince());
        }
        if (criteria.partnerId() != null) {
            where.add("exists (select 1 from person_affiliation a where a.person_id = p.id and a.partner_id = :partnerId)");
            parameters.put("partnerId", criteria.partnerId());
        }
        if (criteria.country() != null) {
            where.add("p.country = :country");
            parameters.put("country", criteria.country());
        }
        if (criteria.q() != null) {
            List<String> words = SearchText.containsPatterns(criteria.q());
            for (int i = 0; i < words.size(); i++) {
                where.add("p.search_text like :q" + i + " escape '\\'");
                parameters.put("q" + i, words.get(i));
            }
        }
        if (after != null) {
            where.add("p.id > :after");
            parameters.put("after", after);
        }
        Query query = getEntityManager().createNativeQuery(
                "select p.* from person p where " + String.join(" and ", where) + " order by p.id limit :size",
                Person.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }

    public boolean emailTakenByAnother(String email, UUID self) {
        return count("lower(email) = lower(?1) and id <> ?2", email, self) > 0;
    }
}
