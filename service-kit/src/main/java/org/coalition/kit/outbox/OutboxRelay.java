package org.coalition.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.coalition.kit.events.CloudEvent;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Moves committed outbox rows to Kafka. It wakes on the NOTIFY an {@link Outbox} write sends at commit
 * (so events leave within milliseconds), or after a poll interval at the latest, and publishes in
 * batches: send every row of a batch, wait for the broker's acknowledgements (idempotent producer,
 * acks=all), then delete the rows in the same transaction that locked them.
 *
 * <p>Several replicas may run a relay. Each batch runs under a transaction-scoped advisory lock, so one
 * relay publishes at a time and rows go out in commit order per aggregate; the others wait their turn
 * and take over within a poll interval if it dies. Row locks alone ({@code FOR UPDATE SKIP LOCKED})
 * would let a second relay publish an aggregate's later event while the first still holds an earlier one.
 * A crash between the broker's acknowledgement and the delete publishes a batch again: delivery is at
 * least once, and consumers drop duplicates by event id. An event the broker refuses for good (too
 * large, say) is set aside in {@code kit_outbox_failed} with the reason rather than blocking the rest;
 * a broker that is away only delays the batch, which is retried.
 */
public final class OutboxRelay implements Runnable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "outbox" in ASCII, unique among the locks Coalition takes. */
    private static final long LOCK_KEY = 0x6f7574626f78L;

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration retryBackoff;
    private volatile boolean running = true;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize,
            Duration pollInterval, Duration retryBackoff) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.retryBackoff = retryBackoff;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection listener = dataSource.getConnection()) {
                try (Statement listen = listener.createStatement()) {
                    listen.execute("listen " + Outbox.CHANNEL);
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (running) {
                    drain();
                    notifications.getNotifications((int) pollInterval.toMillis());
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("Outbox relay paused for %s: %s", retryBackoff, e.getMessage());
                    sleep(retryBackoff);
                }
            }
        }
    }

    public void stop() {
        running = false;
    }

    /** Publishes batches until the table holds nothing this relay may send. @return rows published */
    public int drain() throws SQLException, InterruptedException {
        int total = 0;
        int published;
        do {
            published = publishBatch();
            total += published;
        } while (published == batchSize && running);
        return total;
    }

    private int publishBatch() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private int publishBatch(Connection connection) throws SQLException, InterruptedException {
        try (Statement lock = connection.createStatement();
                ResultSet locked = lock.executeQuery("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")) {
            locked.next();
            if (!locked.getBoolean(1)) {
                return 0;
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, topic, message_key, payload from kit_outbox order by id limit ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    ProducerRecord<String, String> record =
                            new ProducerRecord<>(rows.getString(2), rows.getString(3), rows.getString(4));
                    record.headers().add("content-type",
                            CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                    Future<RecordMetadata> ack = producer.send(record);
                    acks.add(ack);
                    if (ack.isDone() && failed(ack)) {
                        // Broker unreachable: the rest of the batch would wait out the same timeout each.
                        break;
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RetriableException) {
                    throw new IllegalStateException("Kafka did not acknowledge an outbox event: "
                            + e.getCause().getMessage(), e.getCause());
                }
                LOG.errorf("Kafka refused outbox event %d for good; it is kept in kit_outbox_failed: %s",
                        ids.get(i), e.getCause().getMessage());
                setAside(connection, ids.get(i), e.getCause().toString());
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from kit_outbox where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
        return ids.size();
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (ExecutionException | InterruptedException e) {
            return true;
        }
    }

    private static void setAside(Connection connection, long id, String reason) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement("insert into kit_outbox_failed"
                + " (id, event_id, topic, message_key, event_type, payload, created_at, reason)"
                + " select id, event_id, topic, message_key, event_type, payload, created_at, ?"
                + " from kit_outbox where id = ?")) {
            move.setString(1, reason);
            move.setLong(2, id);
            move.executeUpdate();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
