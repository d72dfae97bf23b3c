package org.coalition.meetings.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coalition.meetings.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API records of a meeting's agenda. */
public final class AgendaApi {

    private AgendaApi() {
    }

    @Schema(name = "AgendaItemInput")
    public record AgendaItemInput(
            @Schema(description = "Within the meeting", examples = "2024-05-21T02:00:00Z") @NotNull Instant startsAt,
            @Schema(description = "After startsAt, within the meeting", examples = "2024-05-21T03:00:00Z") @NotNull Instant endsAt,
            @Schema(examples = "Opening remarks") @NotBlank @Size(max = 500) String title,
            @NotNull AgendaFormat format,
            @Schema(description = "In the order they speak") @Size(max = 100) List<@NotNull @Valid SpeakerInput> speakers,
            @Schema(description = "A theme slug, the same list as GET /v1/partners/themes") Theme theme) {

        public AgendaItemInput {
            speakers = speakers == null ? List.of() : speakers;
        }
    }

    @Schema(name = "SpeakerInput", description = "personId, partnerId, or both")
    public record SpeakerInput(UUID personId, UUID partnerId) {
    }

    @Schema(name = "AgendaItem")
    public record AgendaItemView(UUID id, UUID meetingId, Instant startsAt, Instant endsAt, String title,
            AgendaFormat format, List<SpeakerView> speakers, Theme theme, Instant createdAt, Instant updatedAt,
            long version) {
    }

    @Schema(name = "Speaker")
    public record SpeakerView(
            UUID personId,
            @Schema(description = "The person's current name; null once they were erased") String personName,
            boolean personErased,
            UUID partnerId,
            @Schema(description = "The organisation's current name") String partnerName) {
    }
}
