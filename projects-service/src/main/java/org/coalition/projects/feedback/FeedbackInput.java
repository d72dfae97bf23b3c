package org.coalition.projects.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackInput")
public record FeedbackInput(
        @Schema(description = "A member of the project's community who does not lead this project") @NotNull UUID authorPersonId,
        @Schema(description = "advice, question or resource") @NotNull FeedbackKind kind,
        @Schema(examples = "In Sabah we got principals on board first; the parent-teacher associations followed.")
        @NotBlank @Size(max = 10000) String body,
        @Schema(description = "A link to the resource offered", examples = "https://www.unesco.org/gem-report/en")
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Schema(description = "Set by the project's leads once they have acted on it; false when absent") Boolean resolved) {

    public FeedbackInput {
        resolved = resolved != null && resolved;
    }
}
