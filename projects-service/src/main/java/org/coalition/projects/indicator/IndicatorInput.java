package org.coalition.projects.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorInput")
public record IndicatorInput(
        @Schema(examples = "Share of schools with an active parent-teacher association") @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String description,
        @Schema(examples = "%") @NotBlank @Size(max = 50) String unit,
        @Schema(description = "Where the project started") @Valid @NotNull Point baseline,
        @Schema(description = "Where it aims to be; a lower value than the baseline means lower is better")
        @Valid @NotNull Point target) {
}
