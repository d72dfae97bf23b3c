package org.coalition.meetings.replica;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.consumer.IdempotentConsumer;
import org.coalition.kit.consumer.PoisonEventException;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.events.CloudEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the replica of organisations, people and groups from partners-service's events. Each event is
 * applied once (the kit records its id in the same transaction); an event whose data cannot be applied
 * goes to the dead-letter topic with the reason; event types this service does not use are skipped.
 */
@ApplicationScoped
public class PartnersEventsConsumer {

    static final String CONSUMER = "meetings-service.partners-replica";
    private static final Logger LOG = Logger.getLogger(PartnersEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final CloudEvents cloudEvents;
    private final ReplicaRepository replica;

    public PartnersEventsConsumer(IdempotentConsumer consumer, CloudEvents cloudEvents, ReplicaRepository replica) {
        this.consumer = consumer;
        this.cloudEvents = cloudEvents;
        this.replica = replica;
    }

    @Incoming("partners-in")
    @Blocking
    public void on(String payload) {
        consumer.apply(CONSUMER, payload, this::apply);
    }

    private void apply(CloudEvent event) {
        switch (event.type()) {
            case "org.coalition.partner.registered", "org.coalition.partner.updated",
                    "org.coalition.partner.archived", "org.coalition.partner.merged" -> {
                PartnerData partner = cloudEvents.data(event, PartnerData.class);
                require(event, partner.id() != null && partner.version() != null && partner.name() != null
                        && partner.status() != null, "id, name, status and version");
                replica.savePartner(partner);
            }
            case "org.coalition.person.registered", "org.coalition.person.updated" -> {
                PersonData person = cloudEvents.data(event, PersonData.class);
                require(event, person.id() != null && person.version() != null, "id and version");
                replica.savePerson(person);
            }
            case "org.coalition.person.erased" -> {
                PersonData person = cloudEvents.data(event, PersonData.class);
                require(event, person.id() != null, "id");
                replica.erasePerson(person.id(), person.version() == null ? 0 : person.version());
            }
            case "org.coalition.group.registered", "org.coalition.group.updated", "org.coalition.group.archived" -> {
                GroupData group = cloudEvents.data(event, GroupData.class);
                require(event, group.id() != null && group.version() != null && group.name() != null
                        && group.status() != null, "id, name, status and version");
                replica.saveGroup(group);
            }
            default -> LOG.debugf("Skipping event %s of type %s, which the replica does not use", event.id(),
                    event.type());
        }
    }

    private static void require(CloudEvent event, boolean present, String fields) {
        if (!present) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " lacks " + fields);
        }
    }
}
