package org.coalition.meetings.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.text.SearchText;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** One keyset page of meetings matching {@code criteria}, in order of their start, then id. */
    @SuppressWarnings("unchecked")
    public List<Meeting> page(MeetingFilter.Criteria criteria, Instant afterStart, UUID afterId, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        add(where, parameters, "m.ends_at >= :from", "from", criteria.from());
        add(where, parameters, "m.starts_at < :to", "to", criteria.to());
        add(where, parameters, "m.kind = :kind", "kind", criteria.kind() == null ? null : criteria.kind().slug());
        add(where, parameters, "m.group_id = :groupId", "groupId", criteria.groupId());
        add(where, parameters, "cast(:hostPartnerId as uuid) = any(m.host_partner_ids)", "hostPartnerId",
                criteria.hostPartnerId());
        add(where, parameters, "exists (select 1 from participant p where p.meeting_id = m.id"
                + " and p.partner_id = :participantPartnerId)", "participantPartnerId", criteria.participantPartnerId());
        add(where, parameters, "exists (select 1 from participant p where p.meeting_id = m.id"
                + " and p.person_id = :participantPersonId)", "participantPersonId", criteria.participantPersonId());
        add(where, parameters, "m.country = :country", "country", criteria.country());
        add(where, parameters, "m.subdivision = :subdivision", "subdivision", criteria.subdivision());
        add(where, parameters, "m.status = :status", "status", criteria.status() == null ? null : criteria.status().slug());
        if (criteria.q() != null) {
            List<String> words = SearchText.containsPatterns(criteria.q());
            for (int i = 0; i < words.size(); i++) {
                add(where, parameters, "m.search_text like :q" + i + " escape '\\'", "q" + i, words.get(i));
            }
        }
        add(where, parameters, "m.updated_at >= :updatedSince", "updatedSince", criteria.updatedSince());
        if (afterStart != null) {
            where.add("(m.starts_at, m.id) > (:afterStart, :afterId)");
            parameters.put("afterStart", afterStart);
            parameters.put("afterId", afterId);
        }
        String sql = "select m.* from meeting m"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by m.starts_at, m.id limit :size";
        Query query = getEntityManager().createNativeQuery(sql, Meeting.class);
        parameters.forEach(query::setParameter);
        query.setParameter("size", size);
        return query.getResultList();
    }

    public long actionItemCount(UUID meetingId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from action_item where meeting_id = ?1")
                .setParameter(1, meetingId).getSingleResult()).longValue();
    }

    private static void add(List<String> where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}
