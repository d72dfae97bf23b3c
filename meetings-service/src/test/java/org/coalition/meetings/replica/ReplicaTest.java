package org.coalition.meetings.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.coalition.kit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplicaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ReplicaRepository replica;

    private Optional<ReplicaPartner> partner(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> replica.partner(id));
    }

    private Optional<ReplicaPerson> person(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> replica.person(id));
    }

    private Optional<ReplicaGroup> group(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> replica.group(id));
    }

    /**
     * Waits until an event sent after the others under the same key has been applied: the consumer reads a
     * partition in order, so everything sent before it has been handled by then.
     */
    private void awaitEverythingSentBefore(UUID key) throws Exception {
        UUID marker = UUID.randomUUID();
        PartnerEvents.send(key, PartnerEvents.event("org.coalition.partner.registered", marker,
                PartnerEvents.organisation(marker, "Marker", "active", 0)));
        await().atMost(WAIT).until(() -> partner(marker).isPresent());
    }

    @Test
    void organisationsKeepWhatStatisticsNeedAndFollowRenameArchiveAndMerge() throws Exception {
        UUID id = UUID.randomUUID();
        UUID survivor = UUID.randomUUID();
        PartnerEvents.send("org.coalition.partner.registered", id, PartnerEvents.organisation(id,
                "Provincial Office of Education, Kampong Cham", "local-government", "KH", "KH-3", "active", 0));
        await().atMost(WAIT).until(() -> partner(id).isPresent());
        assertThat(partner(id).orElseThrow()).satisfies(p -> {
            assertThat(p.name).isEqualTo("Provincial Office of Education, Kampong Cham");
            assertThat(p.type).isEqualTo("local-government");
            assertThat(p.country).isEqualTo("KH");
            assertThat(p.subdivision).isEqualTo("KH-3");
            assertThat(p.status).isEqualTo("active");
        });

        PartnerEvents.send("org.coalition.partner.updated", id,
                PartnerEvents.organisation(id, "PoE Kampong Cham", "local-government", "KH", "KH-3", "active", 1));
        await().atMost(WAIT).until(() -> partner(id).orElseThrow().version == 1);
        assertThat(partner(id).orElseThrow().name).isEqualTo("PoE Kampong Cham");

        PartnerEvents.send("org.coalition.partner.archived", id, PartnerEvents.organisation(id, "PoE", "archived", 2));
        await().atMost(WAIT).until(() -> "archived".equals(partner(id).orElseThrow().status));

        Map<String, Object> merged = PartnerEvents.organisation(id, "PoE", "merged", 3);
        merged.put("mergedInto", survivor.toString());
        PartnerEvents.send("org.coalition.partner.merged", id, merged);
        await().atMost(WAIT).until(() -> partner(id).orElseThrow().version == 3);
        assertThat(partner(id).orElseThrow().status).isEqualTo("merged");
        assertThat(partner(id).orElseThrow().mergedInto).isEqualTo(survivor);
    }

    @Test
    void olderReplayedOrRedeliveredEventsChangeNothing() throws Exception {
        UUID id = UUID.randomUUID();
        String registered = PartnerEvents.event("org.coalition.partner.registered", id,
                PartnerEvents.organisation(id, "First name", "active", 0));
        PartnerEvents.send(id, registered);
        String renamed = PartnerEvents.event("org.coalition.partner.updated", id,
                PartnerEvents.organisation(id, "Current name", "active", 2));
        PartnerEvents.send(id, renamed);
        await().atMost(WAIT).until(() -> partner(id).map(p -> p.version == 2).orElse(false));

        PartnerEvents.send("org.coalition.partner.updated", id, PartnerEvents.organisation(id, "Overtaken", "active", 1));
        PartnerEvents.send(id, registered);
        PartnerEvents.send(id, renamed.replace("Current name", "Tampered name").replace("\"version\":2", "\"version\":9"));
        awaitEverythingSentBefore(id);

        ReplicaPartner partner = partner(id).orElseThrow();
        assertThat(partner.name).isEqualTo("Current name");
        assertThat(partner.version).isEqualTo(2);
    }

    @Test
    void peopleKeepNameCountryAndGenderUntilErasureRemovesThemForGood() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.person.registered", id,
                PartnerEvents.person(id, "Sokha Chan", "KH", "woman", 0));
        await().atMost(WAIT).until(() -> person(id).isPresent());
        assertThat(person(id).orElseThrow()).satisfies(p -> {
            assertThat(p.name).isEqualTo("Sokha Chan");
            assertThat(p.country).isEqualTo("KH");
            assertThat(p.gender).isEqualTo("woman");
        });

        PartnerEvents.send("org.coalition.person.erased", id, Map.of("id", id.toString(), "erased", true, "version", 2));
        await().atMost(WAIT).until(() -> person(id).orElseThrow().erased);
        assertThat(person(id).orElseThrow()).satisfies(p -> {
            assertThat(p.name).isNull();
            assertThat(p.country).isNull();
            assertThat(p.gender).isNull();
        });

        PartnerEvents.send("org.coalition.person.updated", id, PartnerEvents.person(id, "Sokha Chan", "KH", "woman", 3));
        awaitEverythingSentBefore(id);
        assertThat(person(id).orElseThrow().name).isNull();
    }

    @Test
    void groupsFollowRegistrationRenameAndArchive() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.group.registered", id, PartnerEvents.group(id, "P-ESWG Kampong Cham", "active", 0));
        await().atMost(WAIT).until(() -> group(id).isPresent());
        PartnerEvents.send("org.coalition.group.updated", id,
                PartnerEvents.group(id, "Provincial ESWG Kampong Cham", "active", 1));
        PartnerEvents.send("org.coalition.group.archived", id,
                PartnerEvents.group(id, "Provincial ESWG Kampong Cham", "archived", 2));
        await().atMost(WAIT).until(() -> group(id).orElseThrow().version == 2);
        assertThat(group(id).orElseThrow()).satisfies(g -> {
            assertThat(g.name).isEqualTo("Provincial ESWG Kampong Cham");
            assertThat(g.status).isEqualTo("archived");
        });
    }

    @Test
    void unknownEventTypesAreSkippedAndBrokenDataIsDeadLettered() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.group.membership.added", id, Map.of("id", UUID.randomUUID().toString(),
                "groupId", id.toString()));
        Map<String, Object> withoutVersion = PartnerEvents.group(id, "No version", "active", 0);
        withoutVersion.remove("version");
        PartnerEvents.send("org.coalition.group.registered", id, withoutVersion);
        awaitEverythingSentBefore(id);
        assertThat(group(id)).isEmpty();

        try (KafkaConsumer<String, String> consumer = KafkaTopics.fromBeginning(PartnerEvents.topic() + ".dlq")) {
            List<ConsumerRecord<String, String>> dead = KafkaTopics.readUntil(consumer,
                    read -> read.stream().anyMatch(r -> id.toString().equals(r.key())), WAIT)
                    .stream().filter(r -> id.toString().equals(r.key())).toList();
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8)).contains("lacks id, name, status and version");
        }
    }
}
