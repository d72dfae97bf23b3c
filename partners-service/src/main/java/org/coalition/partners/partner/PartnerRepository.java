package org.coalition.partners.partner;

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
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** One keyset page of organisations matching {@code criteria}, in id (creation) order. */
    @SuppressWarnings("unchecked")
    public List<Partner> page(PartnerFilter.Criteria criteria, UUID after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        add(where, parameters, "p.country = :country", "country", criteria.country());
        add(where, parameters, "p.type = :type", "type", criteria.type() == null ? null : criteria.type().slug());
        add(where, parameters, "p.level = :level", "level", criteria.level() == null ? null : criteria.level().slug());
        add(where, parameters, "p.subdivision = :subdivision", "subdivision", criteria.subdivision());
        add(where, parameters, "cast(:theme as text) = any(p.themes)", "theme",
                criteria.theme() == null ? null : criteria.theme().slug());
        add(where, parameters, "cast(:sdg4Target as text) = any(p.sdg4_targets)", "sdg4Target", criteria.sdg4Target());
        add(where, parameters, "p.status = :status", "status", criteria.status() == null ? null : criteria.status().slug());
        if (criteria.identifier() != null) {
            where.add("exists (select 1 from partner_identifier i where i.partner_id = p.id"
                    + " and i.scheme = :scheme and i.value = :value)");
            parameters.put("scheme", criteria.identifier().scheme());
            parameters.put("value", criteria.identifier().value());
        }
        if (criteria.q() != null) {
            List<String> words = SearchText.containsPatterns(criteria.q());
            for (int i = 0; i < words.size(); i++) {
                add(where, parameters, "p.search_text like :q" + i + " escape '\\'", "q" + i, words.get(i));
            }
        }
        add(where, parameters, "p.updated_at >= :updatedSince", "updatedSince", criteria.updatedSince());
        add(where, parameters, "p.id > :after", "after", after);
        String sql = "select p.* from partner p"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by p.id limit :size";
        Query query = getEntityManager().createNativeQuery(sql, Partner.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }

    public Optional<Partner> findByIdentifier(String scheme, String value) {
        return find("select p from Partner p join p.identifiers i where i.scheme = ?1 and i.value = ?2", scheme, value)
                .firstResultOptional();
    }

    /**
     * The organisation other than {@code self} that already holds {@code identifier}, if any. HQL rather
     * than a native query with a result class: that native query missed Hibernate's plan cache on
     * every call and stored one more plan under the same hash, so each write searched a longer
     * chain of equal-hash keys (a quarter of a batch import's CPU in a profile).
     */
    public Optional<UUID> holderOf(Identifier identifier, UUID self) {
        return getEntityManager().createQuery(
                        "select p.id from Partner p join p.identifiers i where i.scheme = ?1 and i.value = ?2 and p.id <> ?3",
                        UUID.class)
                .setParameter(1, identifier.scheme())
                .setParameter(2, identifier.value())
                .setParameter(3, self)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Points every reference to {@code from} at {@code to}: affiliations, group memberships and
     * partnership places. A partnership that had both keeps one place, the survivor's.
     */
    public void moveReferences(UUID from, UUID to) {
        var entityManager = getEntityManager();
        entityManager.createNativeQuery("update person_affiliation set partner_id = ?2 where partner_id = ?1")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        entityManager.createNativeQuery("update group_membership set partner_id = ?2 where partner_id = ?1")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        entityManager.createNativeQuery("""
                        delete from partnership_participant p where p.partner_id = ?1 and exists (
                            select 1 from partnership_participant s
                            where s.partnership_id = p.partnership_id and s.partner_id = ?2)""")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        // Positions are list indexes: close the gaps the delete left (in two steps, as they are part of the key).
        entityManager.createNativeQuery("""
                        update partnership_participant set position = -position - 1
                        where partnership_id in (select partnership_id from partnership_participant where partner_id = ?1)""")
                .setParameter(1, to).executeUpdate();
        entityManager.createNativeQuery("""
                        update partnership_participant p set position = r.index
                        from (select partnership_id, position,
                                     row_number() over (partition by partnership_id order by position desc) - 1 as index
                              from partnership_participant where position < 0) r
                        where p.partnership_id = r.partnership_id and p.position = r.position""")
                .executeUpdate();
        entityManager.createNativeQuery("update partnership_participant set partner_id = ?2 where partner_id = ?1")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        // Affiliations, memberships and partnerships are read from the database from here on.
        entityManager.clear();
    }

    /** Organisations whose names resemble {@code name} (trigram similarity), or share its acronym, best first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> resembling(String name, String country, int limit) {
        String normalized = SearchText.normalize(name);
        return getEntityManager().createNativeQuery("""
                        select cast(p.id as text), greatest(similarity(p.search_text, ?1),
                               case when lower(p.acronym) = ?1 then 0.9 else 0 end) as score
                        from partner p
                        where p.status <> 'merged'
                          and (p.search_text % ?1 or lower(p.acronym) = ?1)
                          and (cast(?2 as text) is null or p.country = ?2)
                        order by score desc, p.id
                        limit ?3""")
                .setParameter(1, normalized)
                .setParameter(2, country)
                .setParameter(3, limit)
                .getResultList();
    }

    private static void add(List<String> where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}
