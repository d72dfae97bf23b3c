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
        UUID affiliationPartnerId,
        MemberRole role,
        LocalDate joinedOn,
        LocalDate leftOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
