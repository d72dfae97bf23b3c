package org.coalition.projects.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community of practice as the API returns it, and as its events carry it. */
@Schema(name = "Community")
public record CommunityView(
        UUID id,
        String name,
        Map<String, String> names,
        Theme theme,
        String description,
        UUID facilitatorPartnerId,
        @Schema(description = "The facilitating organisation's name as partners-service last announced it")
        String facilitatorName,
        LocalDate cohortStartsOn,
        LocalDate cohortEndsOn,
        List<String> countries,
        CommunityStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
