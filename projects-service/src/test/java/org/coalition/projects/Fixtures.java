package org.coalition.projects;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.coalition.projects.replica.PartnerEvents;
import org.coalition.projects.replica.ReplicaPartner;
import org.coalition.projects.replica.ReplicaPerson;
import org.coalition.projects.replica.ReplicaRepository;

/**
 * Organisations and people as partners-service announces them: each is sent as a real event to Kafka
 * and is ready once the replica holds it.
 */
public final class Fixtures {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {
    }

    public static UUID organisation(String name) throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.registerOrganisation(id, name);
        awaitPartner(id, p -> true);
        return id;
    }

    /** An active organisation of a given type and headquarters country. */
    public static UUID organisation(String name, String type, String country) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = PartnerEvents.organisation(id, name, "active", 0);
        data.put("type", type);
        data.put("country", country);
        PartnerEvents.send("org.coalition.partner.registered", id, data);
        awaitPartner(id, p -> true);
        return id;
    }

    public static UUID archivedOrganisation() throws Exception {
        UUID id = organisation("Archived " + id());
        archive(id);
        return id;
    }

    /** Archives an organisation registered with {@link #organisation}. */
    public static void archive(UUID id) throws Exception {
        PartnerEvents.send("org.coalition.partner.archived", id, PartnerEvents.organisation(id, "Archived", "archived", 1));
        awaitPartner(id, p -> p.version == 1);
    }

    /** An organisation merged into {@code survivor}. */
    public static UUID mergedOrganisation(UUID survivor) throws Exception {
        UUID id = organisation("Merged " + id());
        Map<String, Object> data = PartnerEvents.organisation(id, "Merged", "merged", 1);
        data.put("mergedInto", survivor.toString());
        PartnerEvents.send("org.coalition.partner.merged", id, data);
        awaitPartner(id, p -> p.version == 1);
        return id;
    }

    public static UUID person(String name) throws Exception {
        UUID id = UUID.randomUUID();
        PartnerEvents.registerPerson(id, name);
        await().atMost(WAIT).until(() -> person(id) != null);
        return id;
    }

    /** A person who gives their country, as partners-service's person representation carries it. */
    public static UUID person(String name, String country) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = PartnerEvents.person(id, name, 0);
        data.put("country", country);
        PartnerEvents.send("org.coalition.person.registered", id, data);
        await().atMost(WAIT).until(() -> person(id) != null);
        return id;
    }

    public static UUID erasedPerson() throws Exception {
        UUID id = person("To be erased " + id());
        PartnerEvents.send("org.coalition.person.erased", id, Map.of("id", id.toString(), "version", 1));
        await().atMost(WAIT).until(() -> person(id).erased);
        return id;
    }

    private static void awaitPartner(UUID id, Predicate<ReplicaPartner> condition) {
        await().atMost(WAIT).until(() -> {
            ReplicaPartner partner = QuarkusTransaction.requiringNew().call(() -> replica().partner(id).orElse(null));
            return partner != null && condition.test(partner);
        });
    }

    private static ReplicaPerson person(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> replica().person(id).orElse(null));
    }

    private static ReplicaRepository replica() {
        return Arc.container().instance(ReplicaRepository.class).get();
    }

    private static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
