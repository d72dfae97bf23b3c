package org.coalition.projects.community;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to add or replace a membership. */
@Schema(name = "MemberInput")
public record MemberInput(
        @Schema(description = "The person, from /v1/people; required when adding, and on replacement equal to the path's if given")
        UUID personId,
        @Schema(description = "The organisation the person takes part for, from /v1/partners")
        UUID affiliationPartnerId,
        @NotNull MemberRole role,
        @Schema(examples = "2025-03-01") LocalDate joinedOn,
        @Schema(description = "On or after joinedOn", examples = "2026-02-28") LocalDate leftOn) {
}
