package org.coalition.projects.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the author writes; the review fields are changed only through submit, approve and return. */
@Schema(name = "ProgressUpdateInput")
public record UpdateInput(
        @Schema(examples = "2025-06-30") @NotNull LocalDate reportedOn,
        @Schema(description = "A member of the project's community") @NotNull UUID authorPersonId,
        @Schema(examples = "Three district consultations held; the draft brief is with the state department.")
        @NotBlank @Size(max = 10000) String summary,
        @Schema(description = "on-track, at-risk or off-track") @NotNull UpdateRating rating) {
}
