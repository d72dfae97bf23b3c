package org.coalition.kit.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the items of a batch request so that each succeeds or fails on its own, without paying one
 * commit per item: items run in transactions of up to {@link #CHUNK}; when any item of a chunk fails
 * (its step throws, or the commit does), the whole chunk is rolled back and run again item by item,
 * each in its own transaction. A clean import therefore commits once per hundred rows, and a chunk
 * with a bad item gives exactly the results that one transaction per item would have given.
 *
 * <p>Items run in order, so a later item sees what an earlier one wrote (two upserts of one identifier).
 * After each item the persistence context is flushed and cleared: otherwise every flush of the hundredth
 * item would dirty-check the ninety-nine before it, and a chunk would cost more than a hundred commits.
 */
@ApplicationScoped
public class ItemBatch {

    /** Items per transaction. */
    public static final int CHUNK = 100;

    /** The work of one item, in the transaction it is given; throws to fail the item. */
    @FunctionalInterface
    public interface Step<I, R> {
        R apply(int index, I item);
    }

    /** The result to report for an item whose step failed. */
    @FunctionalInterface
    public interface Failure<R> {
        R of(int index, RuntimeException failure);
    }

    private final EntityManager entityManager;

    public ItemBatch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return one result per item, in the items' order */
    public <I, R> List<R> run(List<I> items, Step<I, R> step, Failure<R> failure) {
        List<R> results = new ArrayList<>(Collections.nCopies(items.size(), null));
        for (int start = 0; start < items.size(); start += CHUNK) {
            int end = Math.min(items.size(), start + CHUNK);
            if (end - start > 1 && together(items, start, end, step, results)) {
                continue;
            }
            for (int i = start; i < end; i++) {
                int index = i;
                I item = items.get(i);
                try {
                    results.set(i, QuarkusTransaction.requiringNew().call(() -> step.apply(index, item)));
                } catch (RuntimeException failed) {
                    results.set(i, failure.of(index, failed));
                }
            }
        }
        return results;
    }

    private <I, R> boolean together(List<I> items, int start, int end, Step<I, R> step, List<R> results) {
        List<R> chunk;
        try {
            chunk = QuarkusTransaction.requiringNew().call(() -> {
                List<R> done = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    done.add(step.apply(i, items.get(i)));
                    entityManager.flush();
                    entityManager.clear();
                }
                return done;
            });
        } catch (RuntimeException oneItemFailed) {
            return false;
        }
        for (int i = start; i < end; i++) {
            results.set(i, chunk.get(i - start));
        }
        return true;
    }
}
