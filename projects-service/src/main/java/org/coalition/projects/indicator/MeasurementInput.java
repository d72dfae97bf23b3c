package org.coalition.projects.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementInput")
public record MeasurementInput(
        @Schema(examples = "48") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal value,
        @Schema(description = "On or after the baseline date, not in the future; one measurement per date",
                examples = "2025-09-30") @NotNull LocalDate date,
        @Schema(examples = "School census, second term") @Size(max = 2000) String comment) {
}
