package org.coalition.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalition.system.Fixtures.created;
import static org.coalition.system.Fixtures.untilAccepted;
import static org.coalition.system.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system under faults: the services run as OS processes from their jars, on a private Kafka
 * broker and fresh databases, and are killed and restarted while they work. Each test prints its
 * figures (what was written, what arrived, how long convergence took).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemFaultsTest {

    /** The test's own Kafka clients log their whole configuration at INFO; the printed figures are what matters. */
    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");
    private static Cluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        KAFKA_LOG.setLevel(java.util.logging.Level.WARNING);
        List<String> missing = Cluster.missingJars();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "System tests skipped: " + String.join(", ", missing)
                + " not built; build the services first (./mvnw package, or dev/test, which builds them before this module)");
        long started = System.nanoTime();
        cluster = Cluster.start();
        report("cluster", "broker on %s, partners %d, meetings %d, projects %d, ready after %d ms",
                cluster.broker.bootstrap(), cluster.partners().port, cluster.meetings().port, cluster.projects().port,
                millisSince(started));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void erasureReachesEveryServiceAndEveryRepresentation() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String name = "Sokha Erasable " + token;
        String email = "sokha." + token + "@example.org";
        String partners = cluster.partners().base();
        String meetings = cluster.meetings().base();
        String projects = cluster.projects().base();

        String org = created(Http.post(partners + "/v1/partners", Fixtures.organisation("Erasure Org " + token)));
        String person = created(Http.post(partners + "/v1/people", Fixtures.person(name, email, org)));
        String meeting = created(Http.post(meetings + "/v1/meetings", Fixtures.meeting("Erasure meeting " + token)));
        String participant = untilAccepted(() -> Http.post(meetings + "/v1/meetings/" + meeting + "/participants",
                map("personId", person, "partnerId", org, "role", "speaker", "status", "attended")), 60_000)
                .json().path("id").asText();
        String community = created(Http.post(projects + "/v1/communities", Fixtures.community("Erasure CoP " + token)));
        untilAccepted(() -> Http.post(projects + "/v1/communities/" + community + "/members",
                map("personId", person, "role", "member", "joinedOn", "2025-03-01")), 60_000);
        String project = created(untilAccepted(() -> Http.post(projects + "/v1/projects",
                Fixtures.project(community, "Erasure project " + token, person, org)), 60_000));

        List<String> urls = List.of(
                partners + "/v1/people/" + person,
                partners + "/v1/people?limit=100",
                partners + "/v1/people|text/csv",
                partners + "/v1/people/" + person + "/engagement",
                partners + "/v1/partners/" + org,
                partners + "/v1/partners/" + org + "/engagement",
                partners + "/v1/partners/" + org + "/collaborators",
                meetings + "/v1/meetings/" + meeting,
                meetings + "/v1/meetings/" + meeting + "/participants",
                meetings + "/v1/meetings/" + meeting + "/participants|text/csv",
                meetings + "/v1/meetings/" + meeting + "/participants/" + participant,
                meetings + "/v1/meetings|text/csv",
                meetings + "/v1/meetings/statistics/representation",
                projects + "/v1/communities/" + community,
                projects + "/v1/communities/" + community + "/members",
                projects + "/v1/communities/" + community + "/members|text/csv",
                projects + "/v1/communities/" + community + "/members/" + person,
                projects + "/v1/communities/" + community + "/statistics",
                projects + "/v1/projects/" + project,
                projects + "/v1/projects|text/csv");
        // The person is visible everywhere before the erasure, so the check below can fail.
        assertThat(Http.get(partners + "/v1/people/" + person).body()).contains(name, email);
        assertThat(waitFor(() -> Http.get(meetings + "/v1/meetings/" + meeting + "/participants").body().contains(name), 30_000))
                .as("the participant list names the person").isTrue();
        assertThat(waitFor(() -> Http.get(projects + "/v1/communities/" + community + "/members").body().contains(name), 30_000))
                .as("the member list names the person").isTrue();

        String etag = Http.get(partners + "/v1/people/" + person).header("ETag");
        Http.Answer erased = Http.delete(partners + "/v1/people/" + person, "If-Match", etag);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        long erasedAt = System.nanoTime();

        List<String> leaks = List.of();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            leaks = leaks(urls, name, email);
            if (leaks.isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        long converged = millisSince(erasedAt);
        assertThat(leaks).as("responses still carrying the name or e-mail 30 s after the erasure").isEmpty();
        report("erasure", "%d representations checked (lists, single resources, CSV, statistics); "
                + "name and e-mail gone from all of them %d ms after DELETE; events applied so far: meetings %d, projects %d",
                urls.size(), converged, appliedEvents(cluster.meetings()), appliedEvents(cluster.projects()));
    }

    @Test
    @Order(2)
    void replicasConvergeAfterTheBrokerIsKilledMidway() throws Exception {
        String partners = cluster.partners().base();
        String prefix = "Convergence " + UUID.randomUUID().toString().substring(0, 8);
        long producedBefore = Kafka.eventCount(cluster.broker.bootstrap(), "partners.events");
        long meetingsBefore = appliedEvents(cluster.meetings());
        long projectsBefore = appliedEvents(cluster.projects());
        Map<String, Long> written = new HashMap<>();
        int batches = 5;
        int renames = 0;
        long killedAt = 0;
        long downFor = 0;
        for (int batch = 0; batch < batches; batch++) {
            if (batch == 2) {
                cluster.broker.kill();
                killedAt = System.nanoTime();
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                Map<String, Object> organisation = Fixtures.organisation(prefix + " #" + (batch * 1_000 + i));
                items.add(map("partner", organisation));
            }
            Http.Answer answer = Http.post(partners + "/v1/partners/batch", map("items", items));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode outcome = answer.json();
            assertThat(outcome.path("failed").asInt()).as(answer.body()).isZero();
            List<String> ids = new ArrayList<>();
            for (JsonNode result : outcome.path("results")) {
                written.put(result.path("id").asText(), result.path("version").asLong());
                ids.add(result.path("id").asText());
            }
            // Renames of some of this batch, while the broker is away for batches 2 and 3.
            for (int i = 0; i < 100; i++) {
                String id = ids.get(i * 10);
                Map<String, Object> renamed = Fixtures.organisation(prefix + " renamed " + batch + "." + i);
                Http.Answer put = Http.put(partners + "/v1/partners/" + id, renamed, "If-Match", "\"" + written.get(id) + "\"");
                assertThat(put.status()).as(put.toString()).isEqualTo(200);
                written.put(id, put.json().path("version").asLong());
                renames++;
            }
            if (batch == 3) {
                cluster.broker.start();
                downFor = millisSince(killedAt);
            }
        }
        long writtenAt = System.nanoTime();
        assertThat(written).hasSize(batches * 1_000);

        Map<String, Long> expected = versions(cluster.partners(), "partner", prefix);
        assertThat(expected).isEqualTo(written);
        boolean converged = waitFor(() -> versions(cluster.meetings(), "replica_partner", prefix).equals(expected)
                && versions(cluster.projects(), "replica_partner", prefix).equals(expected), 240_000);
        long convergedAfter = millisSince(writtenAt);
        Map<String, Long> meetingsReplica = versions(cluster.meetings(), "replica_partner", prefix);
        Map<String, Long> projectsReplica = versions(cluster.projects(), "replica_partner", prefix);
        assertThat(meetingsReplica).as("meetings replica: every organisation once, at its latest version").isEqualTo(expected);
        assertThat(projectsReplica).as("projects replica: every organisation once, at its latest version").isEqualTo(expected);
        assertThat(converged).isTrue();
        assertThat(queryLong(cluster.partners(), "select count(*) from kit_outbox")).as("outbox drained").isZero();
        long produced = Kafka.eventCount(cluster.broker.bootstrap(), "partners.events") - producedBefore;
        report("broker-kill", "%d organisations + %d renames written; broker SIGKILLed after 2,000 and down %d ms; "
                + "%d events on partners.events (%d written changes); applied meetings %d, projects %d; "
                + "replicas converged %d ms after the last write",
                written.size(), renames, downFor, produced, written.size() + renames,
                appliedEvents(cluster.meetings()) - meetingsBefore, appliedEvents(cluster.projects()) - projectsBefore,
                convergedAfter);
    }

    @Test
    @Order(6)
    void aServiceWithoutItsDatabaseAnswersFast503AndRecoversByItself() throws Exception {
        String meetings = cluster.meetings().base();
        String meeting = created(Http.post(meetings + "/v1/meetings", Fixtures.meeting("Outage " + UUID.randomUUID())));
        cluster.meetingsDatabase.cut();
        long cutAt = System.nanoTime();
        int requests = 0;
        long slowest = 0;
        boolean readyDown = false;
        while (millisSince(cutAt) < 10_000) {
            for (String url : List.of(meetings + "/v1/meetings/" + meeting, meetings + "/v1/meetings?limit=5")) {
                long started = System.nanoTime();
                Http.Answer answer = Http.get(url);
                long took = millisSince(started);
                slowest = Math.max(slowest, took);
                requests++;
                assertThat(answer.status()).as(url + " -> " + answer).isEqualTo(503);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(took).as("answered within 3 s").isLessThan(3_000);
            }
            Http.Answer ready = Http.get(meetings + "/q/health/ready");
            if (ready.status() == 503 && ready.body().contains("DOWN")) {
                readyDown = true;
            }
            Thread.sleep(250);
        }
        assertThat(readyDown).as("/q/health/ready reported DOWN while the database was away").isTrue();
        cluster.meetingsDatabase.restore();
        long restoredAt = System.nanoTime();
        assertThat(waitFor(() -> Http.get(meetings + "/v1/meetings/" + meeting).status() == 200
                && cluster.meetings().ready(), 60_000)).as("recovered without a restart").isTrue();
        report("db-outage", "meetings-service cut off from PostgreSQL for 10 s: %d requests, all 503 problem+json, "
                + "slowest %d ms; readiness DOWN; serving and ready again %d ms after the line came back",
                requests, slowest, millisSince(restoredAt));
    }

    @Test
    @Order(7)
    void poisonEventsAreDeadLetteredAndLaterEventsStillApply() throws Exception {
        String bootstrap = cluster.broker.bootstrap();
        String key = UUID.randomUUID().toString();
        String name = "Poison survivor " + key.substring(0, 8);
        long dlqBefore = Kafka.eventCount(bootstrap, "partners.events.dlq");
        String unknownVersion = Http.JSON.writeValueAsString(map("specversion", "9.9", "id", UUID.randomUUID().toString(),
                "source", "/system-tests", "type", "org.coalition.partner.updated", "subject", key,
                "data", map("id", key, "name", name, "status", "active", "version", 1)));
        String missingFields = Http.JSON.writeValueAsString(cloudEvent("org.coalition.partner.updated", key,
                map("id", key)));
        String valid = Http.JSON.writeValueAsString(cloudEvent("org.coalition.partner.registered", key,
                map("id", key, "name", name, "type", "national-ngo", "country", "KH", "status", "active", "version", 1)));
        // One key: all four land on one partition, in this order.
        Kafka.send(bootstrap, "partners.events", List.of(new String[] {key, "{\"specversion\": \"1.0\", not JSON"},
                new String[] {key, unknownVersion}, new String[] {key, missingFields}, new String[] {key, valid}));
        long sentAt = System.nanoTime();

        assertThat(waitFor(() -> versions(cluster.meetings(), "replica_partner", name).size() == 1
                && versions(cluster.projects(), "replica_partner", name).size() == 1, 60_000))
                .as("the valid event after the poison ones is applied by both consumers").isTrue();
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> dead = List.of();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            dead = Kafka.recordsWithKey(bootstrap, "partners.events.dlq", key);
            if (dead.size() >= 6) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(dead).as("3 poison events, dead-lettered by meetings-service and projects-service").hasSize(6);
        for (var record : dead) {
            assertThat(Kafka.header(record, "dead-letter-reason")).as(record.value()).isNotBlank();
        }
        report("poison", "3 poison events + 1 valid on one partition; %d dead-lettered with reasons (%s); "
                + "valid event applied by both consumers within %d ms; partners.events.dlq %d -> %d",
                dead.size(), dead.stream().map(r -> Kafka.header(r, "dead-letter-reason")).distinct().toList(),
                millisSince(sentAt), dlqBefore, Kafka.eventCount(bootstrap, "partners.events.dlq"));
    }

    @Test
    @Order(8)
    void replayFromOffsetZeroLeavesTheReplicaUnchanged() throws Exception {
        String bootstrap = cluster.broker.bootstrap();
        assertThat(waitFor(() -> Kafka.lag(bootstrap, "meetings-service", "partners.events") == 0, 120_000))
                .as("meetings-service caught up before the replay").isTrue();
        String before = replicaChecksum(cluster.meetings());
        long appliedBefore = appliedEvents(cluster.meetings());
        long events = Kafka.eventCount(bootstrap, "partners.events");

        Process stopping = cluster.meetings().terminate();
        assertThat(stopping.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("meetings-service stopped").isTrue();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                Kafka.resetToEarliest(bootstrap, "meetings-service", "partners.events");
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                // the group keeps its departed member until the session times out
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
        assertThat(Kafka.lag(bootstrap, "meetings-service", "partners.events")).isEqualTo(events);
        long restartedAt = System.nanoTime();
        cluster.meetings().restart();
        assertThat(waitFor(() -> Kafka.lag(bootstrap, "meetings-service", "partners.events") == 0, 180_000))
                .as("the replay reached the end of partners.events").isTrue();
        long replayed = millisSince(restartedAt);

        assertThat(replicaChecksum(cluster.meetings())).as("replica after the replay").isEqualTo(before);
        assertThat(appliedEvents(cluster.meetings())).as("events applied by the replay").isEqualTo(appliedBefore);
        report("replay", "meetings-service stopped, group reset to offset 0: %d events redelivered in %d ms, "
                + "0 applied (all ignored as duplicates or dead-lettered again), replica checksum unchanged (%s)",
                events, replayed, before);
    }

    @Test
    @Order(9)
    void sigtermFinishesTheRequestsAlreadyAccepted() throws Exception {
        Cluster.Service partners = cluster.partners();
        int clients = 20;
        List<RawHttp.Result> results = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                // Half stream the whole organisation list as CSV (seconds each), half ask for one page.
                boolean csv = i % 2 == 0;
                pool.submit(() -> {
                    while (!stop.get()) {
                        RawHttp.Result result = csv ? RawHttp.get(partners.port, "/v1/partners", "text/csv")
                                : RawHttp.get(partners.port, "/v1/partners?limit=50", "application/json");
                        results.add(result);
                        if (result.outcome() == RawHttp.Outcome.REFUSED) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(5_000);
            long terminatedAt = System.nanoTime();
            Process process = partners.terminate();
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("partners-service stopped").isTrue();
            long stoppedAfter = millisSince(terminatedAt);
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            // The client stamps a request before it connects; one stamped in the last moment before the
            // signal may reach the server after it and be refused. Those sent earlier were accepted.
            long acceptedBy = terminatedAt - java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(250);
            List<RawHttp.Result> inFlight = results.stream().filter(r -> r.sentAtNanos() < acceptedBy).toList();
            List<RawHttp.Result> lost = inFlight.stream()
                    .filter(r -> r.outcome() != RawHttp.Outcome.COMPLETE || r.status() != 200).toList();
            Map<String, Long> afterwards = new java.util.TreeMap<>();
            results.stream().filter(r -> r.sentAtNanos() >= acceptedBy)
                    .forEach(r -> afterwards.merge(r.outcome() + (r.status() > 0 ? " " + r.status() : ""), 1L, Long::sum));
            assertThat(lost).as("requests sent before SIGTERM that did not complete").isEmpty();
            // New requests are refused with 503 once SIGTERM arrives, so those in flight drain and the
            // process exits before quarkus.shutdown.timeout (20 s) would cut them off.
            assertThat(stoppedAfter).as("ms from SIGTERM to exit").isLessThan(18_000);
            assertThat(afterwards.keySet()).as("no answer cut off half-way, no refusal other than 503")
                    .noneMatch(k -> k.startsWith(RawHttp.Outcome.TRUNCATED.name()))
                    .noneMatch(k -> k.startsWith(RawHttp.Outcome.COMPLETE.name()) && !k.endsWith(" 200") && !k.endsWith(" 503"));
            report("sigterm", "20 clients; partners-service SIGTERMed and gone after %d ms; %d requests sent more than 250 ms "
                    + "before it, all complete 200; from then on: %s", stoppedAfter, inFlight.size(), afterwards);
        } finally {
            stop.set(true);
            pool.shutdownNow();
            partners.restart();
        }
    }

    private static Map<String, Object> cloudEvent(String type, String subject, Map<String, Object> data) {
        return map("specversion", "1.0", "id", UUID.randomUUID().toString(), "source", "/system-tests", "type", type,
                "subject", subject, "time", java.time.Instant.now().toString(), "datacontenttype", "application/json",
                "data", data);
    }

    /** md5 over every row of the replica tables, in id order. */
    private static String replicaChecksum(Cluster.Service service) throws Exception {
        StringBuilder sums = new StringBuilder();
        try (Connection c = cluster.pg.connect(service.database); Statement s = c.createStatement()) {
            for (String table : List.of("replica_partner", "replica_person", "replica_group")) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') from "
                        + table + " t")) {
                    rs.next();
                    sums.append(table).append('=').append(rs.getString(1)).append(' ');
                }
            }
        }
        return sums.toString().trim();
    }

    /** id -> version of the organisations whose name starts with PREFIX, in TABLE of SERVICE's database. */
    static Map<String, Long> versions(Cluster.Service service, String table, String prefix) throws Exception {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = cluster.pg.connect(service.database);
                var s = c.prepareStatement("select id, version from " + table + " where name like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertThat(versions.put(rs.getString(1), rs.getLong(2))).as("one row per id").isNull();
                }
            }
        }
        return versions;
    }

    @Test
    @Order(3)
    void consumersKilledDuringBurstsConvergeWithoutDoubleCounting() throws Exception {
        String partners = cluster.partners().base();
        String meetings = cluster.meetings().base();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String prefix = "Burst " + token;
        String org = created(Http.post(partners + "/v1/partners", Fixtures.organisation("Engaged " + token)));
        int meetingCount = 30;
        List<String> meetingIds = new ArrayList<>();
        for (int i = 0; i < meetingCount; i++) {
            meetingIds.add(created(Http.post(meetings + "/v1/meetings", Fixtures.meeting("Engagement " + token + " #" + i))));
        }
        for (int i = 0; i < 10; i++) {
            String meeting = meetingIds.get(i);
            untilAccepted(() -> Http.post(meetings + "/v1/meetings/" + meeting + "/participants",
                    map("partnerId", org, "role", "participant", "status", "attended")), 60_000);
        }
        assertThat(waitFor(() -> attended(org) == 10, 60_000)).as("engagement before: " + attended(org)).isTrue();
        long before = attended(org);

        // A burst of partners events; meetings-service is killed while it consumes it.
        long meetingsApplied = appliedEvents(cluster.meetings());
        for (int batch = 0; batch < 2; batch++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                items.add(map("partner", Fixtures.organisation(prefix + " #" + (batch * 1_000 + i))));
            }
            Http.Answer answer = Http.post(partners + "/v1/partners/batch", map("items", items));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
        cluster.meetings().kill();
        long replicatedAtKill = versions(cluster.meetings(), "replica_partner", prefix).size();
        cluster.meetings().restart();

        // More participations; partners-service is killed while it consumes their events.
        ExecutorService sender = Executors.newSingleThreadExecutor();
        CountDownLatch fiveSent = new CountDownLatch(5);
        Future<?> sending = sender.submit(() -> {
            for (int i = 10; i < meetingCount; i++) {
                Http.Answer added = Http.post(meetings + "/v1/meetings/" + meetingIds.get(i) + "/participants",
                        map("partnerId", org, "role", "participant", "status", "attended"));
                assertThat(added.status()).as(added.toString()).isEqualTo(201);
                fiveSent.countDown();
                Thread.sleep(100);
            }
            return null;
        });
        fiveSent.await();
        cluster.partners().kill();
        sending.get();
        sender.shutdown();
        long restartedAt = System.nanoTime();
        cluster.partners().restart();

        Map<String, Long> expected = versions(cluster.partners(), "partner", prefix);
        assertThat(expected).hasSize(2_000);
        assertThat(waitFor(() -> versions(cluster.meetings(), "replica_partner", prefix).equals(expected)
                && attended(org) >= meetingCount, 180_000)).as("converged").isTrue();
        long convergedAfter = millisSince(restartedAt);
        // Redeliveries after the kills must not count a participation twice, now or a little later.
        Thread.sleep(3_000);
        long after = attended(org);
        assertThat(after).as("meetings attended after the kills").isEqualTo(meetingCount);
        report("consumer-kill", "2,000 organisations; meetings-service SIGKILLed with %d of them replicated, restarted; "
                + "events applied by meetings %d; partners-service SIGKILLed after 5 of 20 participations; "
                + "engagement %d -> %d (expected %d, not doubled); converged %d ms after partners-service's restart",
                replicatedAtKill, appliedEvents(cluster.meetings()) - meetingsApplied, before, after, meetingCount,
                convergedAfter);
    }

    private static long attended(String org) {
        Http.Answer answer = Http.get(cluster.partners().base() + "/v1/partners/" + org + "/engagement");
        return answer.status() == 200 ? answer.json().path("meetings").path("attended").asLong() : -1;
    }

    @Test
    @Order(4)
    void concurrentConditionalWritersLoseNoUpdate() throws Exception {
        String partners = cluster.partners().base();
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Fixtures.organisation("Contended " + token);
        Http.Answer first = Http.post(partners + "/v1/partners", body);
        String id = created(first);
        long initial = first.json().path("version").asLong();
        int writers = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                int writer = i;
                answers.add(pool.submit(() -> {
                    // Every writer read the resource and now tries to replace it, as a real client would.
                    Http.Answer read = Http.get(partners + "/v1/partners/" + id);
                    start.await();
                    Map<String, Object> change = new LinkedHashMap<>(body);
                    change.put("name", "Contended " + token + " by writer " + writer);
                    return Http.put(partners + "/v1/partners/" + id, change, "If-Match", read.header("ETag"));
                }));
            }
            Thread.sleep(500);
            start.countDown();
            int succeeded = 0;
            int preconditionFailed = 0;
            Set<String> versions = new HashSet<>();
            for (Future<Http.Answer> future : answers) {
                Http.Answer answer = future.get();
                if (answer.status() == 200) {
                    succeeded++;
                    versions.add(answer.header("ETag"));
                } else {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(412);
                    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    preconditionFailed++;
                }
            }
            long finalVersion = Http.get(partners + "/v1/partners/" + id).json().path("version").asLong();
            assertThat(succeeded).isPositive();
            assertThat(versions).as("each success is a distinct version").hasSize(succeeded);
            assertThat(finalVersion).as("no update lost").isEqualTo(initial + succeeded);
            report("if-match", "%d writers: %d succeeded with distinct versions, %d got 412; version %d -> %d",
                    writers, succeeded, preconditionFailed, initial, finalVersion);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void concurrentRetriesUnderOneIdempotencyKeyCreateOnce() throws Exception {
        String partners = cluster.partners().base();
        String token = UUID.randomUUID().toString().substring(0, 8);
        String name = "Idempotent " + token;
        String key = "system-" + token;
        int clients = 100;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Http.post(partners + "/v1/partners", Fixtures.organisation(name), "Idempotency-Key", key);
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            int replayed = 0;
            for (Future<Http.Answer> future : answers) {
                Http.Answer answer = future.get();
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                distinct.add(answer.status() + " " + answer.header("Location") + " " + answer.header("ETag") + " " + answer.body());
                if ("true".equals(answer.header("Idempotent-Replayed"))) {
                    replayed++;
                }
            }
            assertThat(distinct).as("all answers identical").hasSize(1);
            assertThat(queryLong(cluster.partners(), "select count(*) from partner where name = '" + name + "'"))
                    .as("organisations created").isEqualTo(1);
            report("idempotency", "%d concurrent POSTs under one key: 1 organisation, 1 distinct answer, %d marked replayed",
                    clients, replayed);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> leaks(List<String> urls, String name, String email) {
        List<String> leaks = new ArrayList<>();
        for (String spec : urls) {
            String[] parts = spec.split("\\|");
            Http.Answer answer = parts.length == 2 ? Http.get(parts[0], parts[1]) : Http.get(parts[0]);
            String body = answer.body().toLowerCase();
            if (body.contains(name.toLowerCase()) || body.contains(email.toLowerCase())) {
                leaks.add(spec + " -> " + answer.status());
            }
        }
        return leaks;
    }

    /** How many events the service's consumers have applied, from their processed-event log. */
    static long appliedEvents(Cluster.Service service) throws Exception {
        return queryLong(service, "select count(*) from kit_processed_event");
    }

    static long queryLong(Cluster.Service service, String sql) throws Exception {
        try (Connection c = cluster.pg.connect(service.database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean waitFor(Callable<Boolean> condition, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.call();
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static void report(String test, String format, Object... args) {
        System.out.printf("[system] %-12s %s%n", test, String.format(format, args));
    }
}
