package org.coalition.kit.sql;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the answers of native aggregate queries that take one parameter (?1): counts by key, or one row of counts. */
public final class Aggregates {

    private Aggregates() {
    }

    /** Rows of (key, count) as an ordered map; a null key reads as "null". */
    public static Map<String, Long> counts(EntityManager entityManager, String sql, Object parameter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(sql, Object[].class).setParameter(1, parameter).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(String.valueOf(cells[0]), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /** The one row of numbers a query answers. */
    public static long[] longs(EntityManager entityManager, String sql, Object parameter) {
        Object result = entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
        Object[] cells = result instanceof Object[] array ? array : new Object[] {result};
        long[] values = new long[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = ((Number) cells[i]).longValue();
        }
        return values;
    }
}
