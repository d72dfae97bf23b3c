package org.coalition.projects.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A membership as the API returns it, and as its events carry it. */
@Schema(name = "Member")
public record MemberView(
        UUID communityId,
        UUID personId,
        @Schema(description = "The person's name as partners-service last announced it; null once they were erased")
        String name,
        UUID affiliationPartnerId,
        @Schema(description = "The affiliation's name as partners-service last announced it")
        String affiliationName,
        MemberRole role,
        LocalDate joinedOn,
        LocalDate leftOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
