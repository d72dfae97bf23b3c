package org.coalition.gateway.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ChangeRepository {

    /** Serialises writers so that seq follows commit order (see V3__change_feed.sql). */
    private static final long WRITER_LOCK = 0x636f616c6368L;

    private final EntityManager entityManager;

    public ChangeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores an event once; a redelivered event (same id) changes nothing. */
    @Transactional
    void append(String topic, String eventId, String type, String subject, Instant time, String json) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, WRITER_LOCK).getSingleResult();
        entityManager.createNativeQuery("""
                        insert into change_event (event_id, topic, type, subject, time, event)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb)) on conflict (event_id) do nothing""")
                .setParameter(1, eventId).setParameter(2, topic).setParameter(3, type).setParameter(4, subject)
                .setParameter(5, time).setParameter(6, json)
                .executeUpdate();
    }

    /**
     * Up to {@code size} events after {@code afterSeq} whose type is like one of the requested patterns
     * and one of the allowed ones (null: all allowed); rows: seq, event.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<Object[]> after(long afterSeq, List<String> typePatterns, List<String> allowedPatterns, int size) {
        String sql = "select seq, event::text from change_event where seq > :after"
                + (typePatterns.isEmpty() ? "" : " and type like any (:requested)")
                + (allowedPatterns == null ? "" : " and type like any (:allowed)")
                + " order by seq limit :size";
        var query = entityManager.createNativeQuery(sql, Object[].class).setParameter("after", afterSeq)
                .setParameter("size", size);
        if (!typePatterns.isEmpty()) {
            query.setParameter("requested", typePatterns.toArray(String[]::new));
        }
        if (allowedPatterns != null) {
            query.setParameter("allowed", allowedPatterns.toArray(String[]::new));
        }
        return query.getResultList().stream().map(Object[].class::cast).toList();
    }

    @Transactional
    int purgeBefore(Instant cutoff) {
        return entityManager.createNativeQuery("delete from change_event where received_at < ?1").setParameter(1, cutoff)
                .executeUpdate();
    }
}
