package org.coalition.gateway.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coalition.gateway.auth.AccessConfig;
import org.coalition.kit.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, signed by the Standard Webhooks scheme, and records each attempt. A delivery
 * is claimed with a lease (its next attempt moved ahead) under SKIP LOCKED, so that several gateway
 * replicas never send the same one at once, and one whose sender died is taken up again after the lease.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int MAX_ERROR_LENGTH = 500;

    private record Due(UUID id, UUID subscriptionId, String payload, int attempts, String url, String secret) {
    }

    private final EntityManager entityManager;
    private final WebhookUrls urls;
    private final AccessConfig.Webhooks config;
    private final HttpClient http;

    public WebhookDispatcher(EntityManager entityManager, WebhookUrls urls, AccessConfig config) {
        this.entityManager = entityManager;
        this.urls = urls;
        this.config = config.webhooks();
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(every = "1s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        List<Due> due;
        try {
            due = QuarkusTransaction.requiringNew().call(this::claim);
        } catch (RuntimeException unavailable) {
            LOG.debugf(unavailable, "Cannot claim webhook deliveries now");
            return;
        }
        for (Due delivery : due) {
            send(delivery);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Due> claim() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        update webhook_delivery d set next_attempt_at = now() + make_interval(secs => ?1)
                        from webhook_subscription s
                        where s.id = d.subscription_id and d.id in (
                            select id from webhook_delivery
                            where status = 'pending' and next_attempt_at <= now()
                            order by next_attempt_at limit ?2 for update skip locked)
                        returning d.id, d.subscription_id, d.payload, d.attempts, s.url, s.secret, s.status""")
                .setParameter(1, (double) LEASE.toSeconds())
                .setParameter(2, BATCH)
                .getResultList();
        return rows.stream()
                .filter(row -> WebhookSubscription.ACTIVE.equals(row[6]))
                .map(row -> new Due((UUID) row[0], (UUID) row[1], (String) row[2], ((Number) row[3]).intValue(),
                        (String) row[4], (String) row[5]))
                .toList();
    }

    private void send(Due delivery) {
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI uri = urls.check(delivery.url());
            long timestamp = Instant.now().getEpochSecond();
            String messageId = delivery.id().toString();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(config.timeout())
                    .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                    .header("User-Agent", "Coalition-Webhooks/1")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature(delivery.secret(), messageId, timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status > 299) {
                error = "The receiver answered " + status + ".";
            }
        } catch (ProblemException refused) {
            error = "The URL is not allowed now: " + refused.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "Interrupted.";
        } catch (Exception failed) {
            error = failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : ": " + failed.getMessage());
        }
        int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        String outcome = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        Integer statusCode = status;
        QuarkusTransaction.requiringNew().run(() -> record(delivery, statusCode, outcome, millis));
    }

    private void record(Due delivery, Integer status, String error, int millis) {
        entityManager.createNativeQuery("""
                        insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                        values (?1, now(), ?2, ?3, ?4)""")
                .setParameter(1, delivery.id()).setParameter(2, status).setParameter(3, error).setParameter(4, millis)
                .executeUpdate();
        int attempts = delivery.attempts() + 1;
        if (error == null) {
            entityManager.createNativeQuery(
                            "update webhook_delivery set status = 'delivered', attempts = ?2 where id = ?1")
                    .setParameter(1, delivery.id()).setParameter(2, attempts).executeUpdate();
            entityManager.createNativeQuery(
                            "update webhook_subscription set consecutive_failures = 0 where id = ?1")
                    .setParameter(1, delivery.subscriptionId()).executeUpdate();
            return;
        }
        boolean lastAttempt = attempts >= config.maxAttempts();
        entityManager.createNativeQuery("""
                        update webhook_delivery set attempts = ?2, status = ?3,
                               next_attempt_at = now() + make_interval(secs => ?4)
                        where id = ?1""")
                .setParameter(1, delivery.id()).setParameter(2, attempts)
                .setParameter(3, lastAttempt ? WebhookService.FAILED : WebhookService.PENDING)
                .setParameter(4, (double) backoff(attempts).toMillis() / 1000)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                               status = case when consecutive_failures + 1 >= ?2 then 'disabled' else status end
                        where id = ?1""")
                .setParameter(1, delivery.subscriptionId()).setParameter(2, config.disableAfterFailures())
                .executeUpdate();
    }

    private Duration backoff(int attempts) {
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the secret's decoded bytes. */
    static String signature(String secret, String messageId, long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
