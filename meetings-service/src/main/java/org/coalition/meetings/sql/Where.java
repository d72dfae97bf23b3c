package org.coalition.meetings.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a native list query, each added only when its value is present, so that no
 * parameter is ever bound as an untyped null.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition}, which names {@code :name}, when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition that binds several parameters, all present. */
    public Where and(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** {@code select} + the conditions + {@code tail} (order by, limit :size), with {@code size} bound when named. */
    public Query query(EntityManager entityManager, String select, String tail, int size, Class<?> entity) {
        String sql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " " + tail;
        Query query = entity == null ? entityManager.createNativeQuery(sql) : entityManager.createNativeQuery(sql, entity);
        parameters.forEach(query::setParameter);
        if (tail.contains(":size")) {
            query.setParameter("size", size);
        }
        return query;
    }
}
