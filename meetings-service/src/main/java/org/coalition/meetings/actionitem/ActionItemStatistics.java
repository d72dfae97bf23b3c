package org.coalition.meetings.actionitem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.coalition.meetings.actionitem.ActionItemApi.Statistics;

/** How well what was agreed at meetings gets done. */
@ApplicationScoped
public class ActionItemStatistics {

    private final ActionItemRepository items;

    public ActionItemStatistics(ActionItemRepository items) {
        this.items = items;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics of(UUID groupId, OffsetDateTime from, OffsetDateTime to) {
        Object[] row = items.statistics(groupId, from, to);
        long doneOnTime = count(row[3]);
        long doneLate = count(row[4]);
        Double share = doneOnTime + doneLate == 0 ? null : (double) doneOnTime / (doneOnTime + doneLate);
        return new Statistics(count(row[0]), count(row[1]), count(row[2]), doneOnTime, doneLate, count(row[5]),
                count(row[6]), share);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
