package org.coalition.gateway.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to a subscription, with each attempt made. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        UUID id,
        String eventId,
        String eventType,
        @Schema(description = "pending, delivered or failed") String status,
        Instant createdAt,
        @Schema(description = "When the next attempt is due, while pending") Instant nextAttemptAt,
        List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(Instant attemptedAt, Integer statusCode, String error, int durationMillis) {
    }
}
