package org.coalition.gateway.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coalition.gateway.auth.Principal;
import org.coalition.gateway.auth.Scopes;
import org.coalition.gateway.clients.ApiClient;
import org.coalition.gateway.clients.ApiClientRepository;
import org.coalition.kit.events.CloudEvent;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/** Subscriptions of API clients, and the deliveries owed to them. */
@ApplicationScoped
public class WebhookService implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";
    static final String TEST_EVENT_TYPE = "org.coalition.webhook.test";
    private static final int MAX_SUBSCRIPTIONS_PER_CLIENT = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final ApiClientRepository clients;
    private final WebhookUrls urls;
    private final ObjectMapper mapper;

    public WebhookService(EntityManager entityManager, ApiClientRepository clients, WebhookUrls urls, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.clients = clients;
        this.urls = urls;
        this.mapper = mapper;
    }

    @Transactional
    public WebhookView create(WebhookInput input, Principal caller) {
        urls.check(input.url());
        if (count("clientId", caller.clientId()) >= MAX_SUBSCRIPTIONS_PER_CLIENT) {
            throw ProblemException.conflict("An API client may hold at most " + MAX_SUBSCRIPTIONS_PER_CLIENT
                    + " webhook subscriptions; delete one first.");
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = Ids.newId();
        subscription.clientId = caller.clientId();
        subscription.clientScopes = new ArrayList<>(caller.scopes());
        subscription.url = input.url().trim();
        subscription.eventTypes = new ArrayList<>(input.eventTypes().stream().distinct().toList());
        subscription.description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        subscription.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        subscription.status = WebhookSubscription.ACTIVE;
        subscription.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        persist(subscription);
        return WebhookView.of(subscription, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list(Principal caller) {
        return find("clientId = ?1 order by id", caller.clientId()).list().stream()
                .map(s -> WebhookView.of(s, false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(UUID id, Principal caller) {
        return WebhookView.of(owned(id, caller), false);
    }

    @Transactional
    public void remove(UUID id, Principal caller) {
        delete(owned(id, caller));
    }

    /** Queues a test event for the subscription, whatever its event types; answers the delivery's id. */
    @Transactional
    public UUID sendTest(UUID id, Principal caller) {
        WebhookSubscription subscription = owned(id, caller);
        if (!WebhookSubscription.ACTIVE.equals(subscription.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "The subscription is disabled; create a new one.");
        }
        Map<String, Object> event = new LinkedHashMap<>();
        String eventId = Ids.newId().toString();
        event.put("specversion", CloudEvent.SPEC_VERSION);
        event.put("id", eventId);
        event.put("source", "/gateway");
        event.put("type", TEST_EVENT_TYPE);
        event.put("subject", subscription.id.toString());
        event.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        event.put("datacontenttype", CloudEvent.DATA_CONTENT_TYPE);
        event.put("data", Map.of("message", "A test event from the Coalition gateway."));
        try {
            return insertDelivery(subscription.id, eventId, TEST_EVENT_TYPE, mapper.writeValueAsString(event))
                    .orElseThrow();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the test event", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryView> deliveries(UUID id, Principal caller) {
        owned(id, caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select d.id, d.event_id, d.event_type, d.status, d.created_at, d.next_attempt_at,
                               a.attempted_at, a.status_code, a.error, a.duration_ms
                        from (select * from webhook_delivery where subscription_id = ?1
                              order by created_at desc limit 100) d
                        left join webhook_attempt a on a.delivery_id = d.id
                        order by d.created_at desc, a.id""")
                .setParameter(1, id).getResultList();
        Map<UUID, DeliveryView> views = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID deliveryId = (UUID) row[0];
            DeliveryView view = views.computeIfAbsent(deliveryId, ignored -> new DeliveryView(deliveryId,
                    (String) row[1], (String) row[2], (String) row[3], instant(row[4]),
                    PENDING.equals(row[3]) ? instant(row[5]) : null, new ArrayList<>()));
            if (row[6] != null) {
                view.attempts().add(new DeliveryView.Attempt(instant(row[6]),
                        row[7] == null ? null : ((Number) row[7]).intValue(), (String) row[8],
                        ((Number) row[9]).intValue()));
            }
        }
        return List.copyOf(views.values());
    }

    /**
     * Queues an event of one service's topic for every active subscription that matches its type and
     * whose client may read the event's family; a redelivered event is queued once.
     */
    @Transactional
    public int enqueue(CloudEvent event, String json, String readScope) {
        int queued = 0;
        for (WebhookSubscription subscription : find("status", WebhookSubscription.ACTIVE).list()) {
            if (subscription.matches(event.type()) && clientScopes(subscription).map(held -> Scopes.grants(held, readScope))
                    .orElse(false)) {
                queued += insertDelivery(subscription.id, event.id(), event.type(), json).isPresent() ? 1 : 0;
            }
        }
        return queued;
    }

    /** The scopes the subscriber holds now: a revoked client gets nothing more. */
    private Optional<Set<String>> clientScopes(WebhookSubscription subscription) {
        try {
            UUID clientId = UUID.fromString(subscription.clientId);
            return clients.findByIdOptional(clientId).map((ApiClient client) -> Set.copyOf(client.scopes));
        } catch (IllegalArgumentException notAnApiClient) {
            return Optional.of(Set.copyOf(subscription.clientScopes));
        }
    }

    private Optional<UUID> insertDelivery(UUID subscriptionId, String eventId, String eventType, String payload) {
        UUID id = Ids.newId();
        int inserted = entityManager.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status,
                                                      next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, 'pending', now(), now())
                        on conflict (subscription_id, event_id) do nothing""")
                .setParameter(1, id).setParameter(2, subscriptionId).setParameter(3, eventId)
                .setParameter(4, eventType).setParameter(5, payload)
                .executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    private WebhookSubscription owned(UUID id, Principal caller) {
        return findByIdOptional(id).filter(s -> s.clientId.equals(caller.clientId()))
                .orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
