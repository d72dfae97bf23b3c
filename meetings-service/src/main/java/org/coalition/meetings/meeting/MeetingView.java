package org.coalition.meetings.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.meeting.MeetingInput.Location;
import org.coalition.meetings.meeting.MeetingInput.Online;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as the API returns it, and as its events carry it. */
@Schema(name = "Meeting")
public record MeetingView(
        UUID id,
        String title,
        Map<String, String> titles,
        MeetingKind kind,
        String series,
        Integer seriesNumber,
        @Schema(description = "seriesNumber as an English ordinal", examples = "4th") String seriesOrdinal,
        UUID groupId,
        List<UUID> hostPartnerIds,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        @Schema(description = "startsAt on the clock of timeZone", examples = "2025-03-25T09:00:00") LocalDateTime localStartsAt,
        @Schema(description = "endsAt on the clock of timeZone", examples = "2025-03-25T17:30:00") LocalDateTime localEndsAt,
        Location location,
        Online online,
        List<String> languages,
        MeetingStatus status,
        @Schema(description = "Why the meeting was cancelled; only when it was") String cancellationReason,
        String description,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
