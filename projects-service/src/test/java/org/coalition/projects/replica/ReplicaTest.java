package org.coalition.projects.replica;

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
    void organisationsFollowRegistrationRenameArchiveAndMerge() throws Exception {
        UUID id = UUID.randomUUID();
        UUID survivor = UUID.randomUUID();
        PartnerEvents.send("org.coalition.partner.registered", id,
                PartnerEvents.organisation(id, "Ministry of Education Malaysia", "active", 0));
        await().atMost(WAIT).until(() -> partner(id).isPresent());
        assertThat(partner(id).orElseThrow()).satisfies(p -> {
            assertThat(p.name).isEqualTo("Ministry of Education Malaysia");
            assertThat(p.type).isEqualTo("national-ngo");
            assertThat(p.country).isEqualTo("MY");
            assertThat(p.status).isEqualTo("active");
        });

        PartnerEvents.send("org.coalition.partner.updated", id,
                PartnerEvents.organisation(id, "Kementerian Pendidikan Malaysia", "active", 1));
        await().atMost(WAIT).until(() -> partner(id).orElseThrow().version == 1);
        assertThat(partner(id).orElseThrow().name).isEqualTo("Kementerian Pendidikan Malaysia");

        PartnerEvents.send("org.coalition.partner.archived", id,
                PartnerEvents.organisation(id, "Kementerian Pendidikan Malaysia", "archived", 2));
        await().atMost(WAIT).until(() -> "archived".equals(partner(id).orElseThrow().status));

        Map<String, Object> merged = PartnerEvents.organisation(id, "Kementerian Pendidikan Malaysia", "merged", 3);
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

        PartnerEvents.send("org.coalition.partner.updated", id,
                PartnerEvents.organisation(id, "Overtaken name", "active", 1));
        PartnerEvents.send(id, registered);
        // The same event id again, even carrying other content, is a redelivery: it was applied already.
        PartnerEvents.send(id, renamed.replace("Current name", "Tampered name").replace("\"version\":2", "\"version\":9"));
        awaitEverythingSentBefore(id);

        ReplicaPartner partner = partner(id).orElseThrow();
        assertThat(partner.name).isEqualTo("Current name");
        assertThat(partner.version).isEqualTo(2);
    }

    @Test
    void peopleAreRenamedAndErasureRemovesTheNameForGood() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.person.registered", id, PartnerEvents.person(id, "Siti Aminah", 0));
        await().atMost(WAIT).until(() -> person(id).isPresent());
        PartnerEvents.send("org.coalition.person.updated", id, PartnerEvents.person(id, "Siti Aminah binti Ali", 1));
        await().atMost(WAIT).until(() -> person(id).orElseThrow().version == 1);
        assertThat(person(id).orElseThrow().name).isEqualTo("Siti Aminah binti Ali");

        PartnerEvents.send("org.coalition.person.erased", id, Map.of("id", id.toString(), "erased", true, "version", 2));
        await().atMost(WAIT).until(() -> person(id).orElseThrow().erased);
        assertThat(person(id).orElseThrow().name).isNull();

        PartnerEvents.send("org.coalition.person.updated", id, PartnerEvents.person(id, "Siti Aminah binti Ali", 3));
        awaitEverythingSentBefore(id);
        assertThat(person(id).orElseThrow()).satisfies(p -> {
            assertThat(p.erased).isTrue();
            assertThat(p.name).isNull();
        });
    }

    @Test
    void anErasureOvertakingTheRegistrationStillWins() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.person.erased", id, Map.of("id", id.toString(), "version", 5));
        PartnerEvents.send("org.coalition.person.registered", id, PartnerEvents.person(id, "Late Name", 0));
        awaitEverythingSentBefore(id);
        assertThat(person(id).orElseThrow()).satisfies(p -> {
            assertThat(p.erased).isTrue();
            assertThat(p.name).isNull();
        });
    }

    @Test
    void unknownEventTypesAreSkippedAndBrokenDataIsDeadLettered() throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.group.created", id, Map.of("id", id.toString(), "name", "A working group"));
        Map<String, Object> withoutVersion = PartnerEvents.organisation(id, "No version", "active", 0);
        withoutVersion.remove("version");
        PartnerEvents.send("org.coalition.partner.registered", id, withoutVersion);
        awaitEverythingSentBefore(id);
        assertThat(partner(id)).isEmpty();

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
