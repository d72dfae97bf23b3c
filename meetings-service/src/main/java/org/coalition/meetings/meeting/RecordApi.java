package org.coalition.meetings.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coalition.meetings.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API records of what a meeting leaves on record: its outcomes and documents. */
public final class RecordApi {

    private RecordApi() {
    }

    @Schema(name = "OutcomeInput")
    public record OutcomeInput(
            @NotNull OutcomeKind kind,
            @Schema(examples = "Teacher development is the lever most members want to pull together in 2025")
            @NotBlank @Size(max = 10_000) String text,
            @Schema(description = "Theme slugs, the same list as GET /v1/partners/themes") List<@NotNull Theme> themes,
            @Schema(description = "The agenda item it came out of, in the same meeting") UUID agendaItemId) {

        public OutcomeInput {
            themes = themes == null ? List.of() : themes;
        }
    }

    @Schema(name = "Outcome")
    public record OutcomeView(UUID id, UUID meetingId, OutcomeKind kind, String text, List<Theme> themes,
            UUID agendaItemId, Instant createdAt, Instant updatedAt, long version) {
    }

    @Schema(name = "DocumentInput")
    public record DocumentInput(
            @Schema(examples = "Minutes of the 2nd Education Champion Leader Meeting") @NotBlank @Size(max = 500) String title,
            @Schema(description = "An absolute http or https URL", examples = "https://example.org/minutes.pdf")
            @NotBlank @Size(max = 2_000) String url,
            @NotNull DocumentKind kind,
            @Schema(description = "BCP 47", examples = "km") String language) {
    }

    @Schema(name = "Document")
    public record DocumentView(UUID id, UUID meetingId, String title, String url, DocumentKind kind, String language,
            Instant createdAt, Instant updatedAt, long version) {
    }
}
