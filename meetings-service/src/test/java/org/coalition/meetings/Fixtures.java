package org.coalition.meetings;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.coalition.meetings.replica.PartnerEvents;
import org.coalition.meetings.replica.ReplicaGroup;
import org.coalition.meetings.replica.ReplicaPartner;
import org.coalition.meetings.replica.ReplicaPerson;
import org.coalition.meetings.replica.ReplicaRepository;

/**
 * Organisations, people and groups as partners-service announces them: each is sent as a real event to
 * Kafka and is ready once the replica holds it.
 */
public final class Fixtures {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {
    }

    public static UUID organisation(String name) throws Exception {
        return organisation(name, "national-ngo", "KH", null);
    }

    public static UUID organisation(String name, String type, String country, String subdivision) throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.partner.registered", id,
                PartnerEvents.organisation(id, name, type, country, subdivision, "active", 0));
        awaitPartner(id, p -> true);
        return id;
    }

    public static void renameOrganisation(UUID id, String name, long version) throws Exception {
        PartnerEvents.send("org.coalition.partner.updated", id, PartnerEvents.organisation(id, name, "active", version));
        awaitPartner(id, p -> p.version == version);
    }

    public static UUID archivedOrganisation() throws Exception {
        UUID id = organisation("Archived " + shortId());
        PartnerEvents.send("org.coalition.partner.archived", id, PartnerEvents.organisation(id, "Archived", "archived", 1));
        awaitPartner(id, p -> p.version == 1);
        return id;
    }

    public static UUID mergedOrganisation(UUID survivor) throws Exception {
        UUID id = organisation("Merged " + shortId());
        Map<String, Object> data = PartnerEvents.organisation(id, "Merged", "merged", 1);
        data.put("mergedInto", survivor.toString());
        PartnerEvents.send("org.coalition.partner.merged", id, data);
        awaitPartner(id, p -> p.version == 1);
        return id;
    }

    public static UUID person(String name) throws Exception {
        return person(name, "KH", null);
    }

    public static UUID person(String name, String country, String gender) throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.person.registered", id, PartnerEvents.person(id, name, country, gender, 0));
        await().atMost(WAIT).until(() -> person(id) != null);
        return id;
    }

    public static void renamePerson(UUID id, String name, long version) throws Exception {
        PartnerEvents.send("org.coalition.person.updated", id, PartnerEvents.person(id, name, version));
        await().atMost(WAIT).until(() -> person(id).version == version);
    }

    public static void erase(UUID id) throws Exception {
        PartnerEvents.send("org.coalition.person.erased", id, Map.of("id", id.toString(), "erased", true, "version", 99));
        await().atMost(WAIT).until(() -> person(id).erased);
    }

    public static UUID erasedPerson() throws Exception {
        UUID id = person("To be erased " + shortId());
        erase(id);
        return id;
    }

    public static UUID group(String name) throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.send("org.coalition.group.registered", id, PartnerEvents.group(id, name, "active", 0));
        await().atMost(WAIT).until(() -> group(id) != null);
        return id;
    }

    public static UUID archivedGroup() throws Exception {
        UUID id = group("Archived group " + shortId());
        PartnerEvents.send("org.coalition.group.archived", id, PartnerEvents.group(id, "Archived group", "archived", 1));
        await().atMost(WAIT).until(() -> group(id).version == 1);
        return id;
    }

    private static void awaitPartner(UUID id, Predicate<ReplicaPartner> condition) {
        await().atMost(WAIT).until(() -> {
            ReplicaPartner partner = QuarkusTransaction.requiringNew().call(() -> replica().partner(id).orElse(null));
            return partner != null && condition.test(partner);
        });
    }

    public static ReplicaPerson person(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> replica().person(id).orElse(null));
    }

    public static ReplicaGroup group(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> replica().group(id).orElse(null));
    }

    private static ReplicaRepository replica() {
        return Arc.container().instance(ReplicaRepository.class).get();
    }

    public static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
