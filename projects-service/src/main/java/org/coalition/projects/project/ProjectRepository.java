package org.coalition.projects.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coalition.kit.text.SearchText;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** One keyset page of projects matching {@code criteria}, in id (creation) order. */
    @SuppressWarnings("unchecked")
    public List<Project> page(ProjectFilter.Criteria criteria, UUID after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        add(where, parameters, "p.community_id = :communityId", "communityId", criteria.communityId());
        add(where, parameters, "cast(:country as text) = any(p.countries)", "country", criteria.country());
        add(where, parameters, "cast(:theme as text) = any(p.themes)", "theme",
                criteria.theme() == null ? null : criteria.theme().slug());
        add(where, parameters, "p.status = :status", "status", criteria.status() == null ? null : criteria.status().slug());
        add(where, parameters, "exists (select 1 from project_partner pp where pp.project_id = p.id"
                + " and pp.partner_id = :partnerId)", "partnerId", criteria.partnerId());
        add(where, parameters, "cast(:leadPersonId as uuid) = any(p.lead_member_person_ids)", "leadPersonId",
                criteria.leadPersonId());
        if (criteria.q() != null) {
            List<String> words = SearchText.containsPatterns(criteria.q());
            for (int i = 0; i < words.size(); i++) {
                add(where, parameters, "p.search_text like :q" + i + " escape '\\'", "q" + i, words.get(i));
            }
        }
        add(where, parameters, "p.updated_at >= :updatedSince", "updatedSince", criteria.updatedSince());
        add(where, parameters, "p.id > :after", "after", after);
        String sql = "select p.* from project p"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by p.id limit :size";
        Query query = getEntityManager().createNativeQuery(sql, Project.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }

    /** The project other than {@code self} that already carries {@code iatiIdentifier}, if any. */
    public Optional<UUID> holderOf(String iatiIdentifier, UUID self) {
        return find("iatiIdentifier = ?1 and id <> ?2", iatiIdentifier, self).firstResultOptional().map(p -> p.id);
    }

    private static void add(List<String> where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}
