package org.coalition.gateway.clients;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin gives for a new API client; id, credentials and dates are the gateway's to set. */
@Schema(name = "ApiClientInput")
public record ApiClientInput(
        @NotBlank @Size(max = 200)
        @Schema(examples = "Kampong Cham PESWG dashboard")
        String name,
        @NotEmpty @Size(max = 9)
        @Schema(description = "partners:read|write, people:read|write, meetings:read|write, projects:read|write, admin",
                examples = "[\"partners:read\", \"meetings:read\"]")
        List<@NotBlank String> scopes,
        // Up to 100,000 requests a second: an internal integration or a load test may need more than a
        // dashboard ever will, and the limit is still counted and enforced.
        @Min(1) @Max(6_000_000)
        @Schema(description = "Requests per minute (at most 6,000,000); the gateway's default when absent", examples = "600")
        Integer rateLimitPerMinute) {
}
