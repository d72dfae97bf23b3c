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
        @Min(1) @Max(100000)
        @Schema(description = "Requests per minute; the gateway's default when absent", examples = "600")
        Integer rateLimitPerMinute) {
}
