package org.coalition.projects.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneInput")
public record MilestoneInput(
        @Schema(examples = "Policy brief presented to the state education department") @NotBlank @Size(max = 300) String title,
        @Schema(examples = "2025-09-30") @NotNull LocalDate dueOn,
        @Schema(description = "planned when absent") MilestoneStatus status,
        @Schema(description = "Required when status is done, and only then") LocalDate completedOn) {

    public MilestoneInput {
        status = status == null ? MilestoneStatus.PLANNED : status;
    }
}
