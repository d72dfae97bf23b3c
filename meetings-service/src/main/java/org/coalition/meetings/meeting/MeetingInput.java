package org.coalition.meetings.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a meeting; everything else is the server's. */
@Schema(name = "MeetingInput", description = "A location, an online link, or both")
public record MeetingInput(
        @Schema(examples = "4th Global Education Coalition annual meeting") @NotBlank @Size(max = 300) String title,
        @Schema(description = "The title in other languages, by BCP 47 tag", examples = "{\"fr\": \"4e réunion annuelle de la Coalition mondiale pour l'éducation\"}")
        Map<String, @NotBlank @Size(max = 300) String> titles,
        @NotNull MeetingKind kind,
        @Schema(description = "The series the meeting belongs to", examples = "Global Education Coalition annual meeting")
        @Size(max = 300) String series,
        @Schema(description = "Its number in the series: 4 is the 4th", examples = "4") @Min(1) @Max(10_000) Integer seriesNumber,
        @Schema(description = "The convening group, from /v1/groups") UUID groupId,
        @Schema(description = "Host organisations, from /v1/partners") List<@NotNull UUID> hostPartnerIds,
        @Schema(description = "An instant (RFC 3339)", examples = "2025-03-25T08:00:00Z") @NotNull Instant startsAt,
        @Schema(description = "An instant after startsAt", examples = "2025-03-25T16:30:00Z") @NotNull Instant endsAt,
        @Schema(description = "The IANA time zone the meeting is held in", examples = "Europe/Paris") @NotBlank String timeZone,
        @Valid Location location,
        @Valid Online online,
        @Schema(description = "BCP 47 tags of the working languages", examples = "[\"en\", \"fr\"]") List<@NotBlank String> languages,
        @Schema(description = "planned (the default) or confirmed; held and cancelled are reached through POST .../hold and"
                + " .../cancel. A past meeting may be recorded as held directly.")
        MeetingStatus status,
        @Size(max = 10_000) String description) {

    public MeetingInput {
        titles = titles == null ? Map.of() : titles;
        hostPartnerIds = hostPartnerIds == null ? List.of() : hostPartnerIds;
        languages = languages == null ? List.of() : languages;
    }

    @Schema(name = "MeetingLocation")
    public record Location(
            @Schema(examples = "UNESCO Headquarters") @Size(max = 300) String venue,
            @Schema(examples = "Paris") @Size(max = 200) String city,
            @Schema(description = "ISO 3166-1 alpha-2", examples = "FR") String country,
            @Schema(description = "ISO 3166-2, within country", examples = "FR-IDF") String subdivision) {
    }

    @Schema(name = "MeetingOnline")
    public record Online(@Schema(examples = "https://meet.example.org/gec-2025") @NotBlank @Size(max = 2_000) String url) {
    }
}
