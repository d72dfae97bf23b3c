package org.coalition.projects.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressUpdateReview")
public record ReviewInput(
        @Schema(description = "A facilitator of the project's community, not the update's author") @NotNull UUID reviewerPersonId,
        @Schema(description = "Required when returning an update: what the author should change",
                examples = "Please add the number of schools reached.") @Size(max = 5000) String comment) {
}
