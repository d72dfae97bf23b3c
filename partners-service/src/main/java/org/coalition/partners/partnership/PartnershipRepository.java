package org.coalition.partners.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    public record Criteria(UUID partnerId, PartnershipApi.Kind kind, PartnershipApi.Status status) {
    }

    @SuppressWarnings("unchecked")
    public List<Partnership> page(Criteria criteria, UUID after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>(List.of("true"));
        if (criteria.partnerId() != null) {
            where.add("exists (select 1 from partnership_participant pp where pp.partnership_id = p.id"
                    + " and pp.partner_id = :partnerId)");
            parameters.put("partnerId", criteria.partnerId());
        }
        if (criteria.kind() != null) {
            where.add("p.kind = :kind");
            parameters.put("kind", criteria.kind().slug());
        }
        if (criteria.status() != null) {
            where.add("p.status = :status");
            parameters.put("status", criteria.status().slug());
        }
        if (after != null) {
            where.add("p.id > :after");
            parameters.put("after", after);
        }
        Query query = getEntityManager().createNativeQuery("select p.* from partnership p where "
                + String.join(" and ", where) + " order by p.id limit :size", Partnership.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }
}
