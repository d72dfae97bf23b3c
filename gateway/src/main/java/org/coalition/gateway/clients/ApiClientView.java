package org.coalition.gateway.clients;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An API client as the API shows it. {@code apiKey} and {@code clientSecret} appear only in the
 * responses that create them (creation, rotation): the gateway keeps nothing but their hashes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApiClient")
public record ApiClientView(
        UUID id,
        String name,
        List<String> scopes,
        @Schema(description = "Requests per minute; absent when the gateway's default applies")
        Integer rateLimitPerMinute,
        Instant createdAt,
        @Schema(description = "When the credentials were last rotated")
        Instant rotatedAt,
        @Schema(description = "Send as X-API-Key. Shown once.", examples = "cok_4m3Vd...")
        String apiKey,
        @Schema(description = "With the id as client_id, for POST /oauth/token. Shown once.", examples = "cos_Qx9...")
        String clientSecret) {

    static ApiClientView of(ApiClient client) {
        return withCredentials(client, null, null);
    }

    static ApiClientView withCredentials(ApiClient client, String apiKey, String clientSecret) {
        return new ApiClientView(client.id, client.name, List.copyOf(client.scopes), client.rateLimitPerMinute,
                client.createdAt, client.rotatedAt, apiKey, clientSecret);
    }
}
