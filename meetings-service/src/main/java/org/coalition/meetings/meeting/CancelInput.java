package org.coalition.meetings.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelInput")
public record CancelInput(
        @Schema(description = "Why the meeting will not take place; shown to participants",
                examples = "Postponed to the next quarter because of the national examinations")
        @NotBlank @Size(max = 2_000) String reason) {
}
