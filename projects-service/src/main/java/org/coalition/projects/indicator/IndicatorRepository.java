package org.coalition.projects.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public Optional<Indicator> find(UUID projectId, UUID indicatorId) {
        return find("projectId = ?1 and id = ?2", projectId, indicatorId).firstResultOptional();
    }

    public List<Indicator> page(UUID projectId, UUID after, int size) {
        return (after == null
                ? find("projectId = ?1", Sort.by("id"), projectId)
                : find("projectId = ?1 and id > ?2", Sort.by("id"), projectId, after))
                .page(0, size).list();
    }

    /** The latest measurement of each of the indicators that have one, in one query. */
    public Map<UUID, Measurement> latest(Collection<UUID> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = getEntityManager().createNativeQuery("""
                        select distinct on (indicator_id) * from measurement
                        where indicator_id in (?1) order by indicator_id, measured_on desc""", Measurement.class)
                .setParameter(1, indicatorIds)
                .getResultList();
        Map<UUID, Measurement> latest = new HashMap<>();
        rows.forEach(row -> latest.put(((Measurement) row).indicatorId, (Measurement) row));
        return latest;
    }

    public Optional<Measurement> measurement(UUID indicatorId, UUID measurementId) {
        return getEntityManager().createQuery("from Measurement where indicatorId = ?1 and id = ?2", Measurement.class)
                .setParameter(1, indicatorId).setParameter(2, measurementId)
                .getResultStream().findFirst();
    }

    public boolean measuredOn(UUID indicatorId, LocalDate date) {
        return !getEntityManager().createQuery("select m.id from Measurement m where m.indicatorId = ?1 and m.measuredOn = ?2")
                .setParameter(1, indicatorId).setParameter(2, date).setMaxResults(1).getResultList().isEmpty();
    }

    /** Measurements in date order, as a time series reads; keyset on (date, id). */
    public List<Measurement> measurements(UUID indicatorId, LocalDate afterDate, UUID afterId, int size) {
        String query = afterDate == null
                ? "from Measurement where indicatorId = ?1 order by measuredOn, id"
                : "from Measurement where indicatorId = ?1 and (measuredOn > ?2 or (measuredOn = ?2 and id > ?3)) "
                        + "order by measuredOn, id";
        var typed = getEntityManager().createQuery(query, Measurement.class).setParameter(1, indicatorId);
        if (afterDate != null) {
            typed.setParameter(2, afterDate).setParameter(3, afterId);
        }
        return typed.setMaxResults(size).getResultList();
    }

    public void removeMeasurements(UUID indicatorId) {
        getEntityManager().createQuery("delete from Measurement where indicatorId = ?1").setParameter(1, indicatorId)
                .executeUpdate();
    }

    public void persistMeasurement(Measurement measurement) {
        getEntityManager().persist(measurement);
        getEntityManager().flush();
    }

    public void removeMeasurement(Measurement measurement) {
        getEntityManager().remove(measurement);
        getEntityManager().flush();
    }
}
