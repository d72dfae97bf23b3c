package org.coalition.gateway.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "http(s) URL; loopback, private and link-local addresses are refused",
                examples = "https://dashboard.example.org/hooks/coalition")
        String url,
        @NotEmpty @Size(max = 50)
        @Schema(description = "Event types, exact or ending in .* (or * for all)", examples = "[\"org.coalition.partner.*\"]")
        List<@NotBlank @Pattern(regexp = "\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?", message = "must be an event type, optionally ending in .*") String> eventTypes,
        @Size(max = 500)
        String description) {
}
