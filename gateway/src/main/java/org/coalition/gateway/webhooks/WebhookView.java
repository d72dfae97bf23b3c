package org.coalition.gateway.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Webhook")
public record WebhookView(
        UUID id,
        String url,
        List<String> eventTypes,
        String description,
        @Schema(description = "active, or disabled after repeated failed deliveries") String status,
        Instant createdAt,
        @Schema(description = "Signing secret (Standard Webhooks, whsec_...). Shown once, at creation.")
        String secret) {

    static WebhookView of(WebhookSubscription subscription, boolean withSecret) {
        return new WebhookView(subscription.id, subscription.url, List.copyOf(subscription.eventTypes),
                subscription.description, subscription.status, subscription.createdAt,
                withSecret ? subscription.secret : null);
    }
}
