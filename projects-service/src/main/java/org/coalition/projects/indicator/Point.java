package org.coalition.projects.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value on a date: an indicator's baseline or target. */
@Schema(name = "IndicatorPoint")
public record Point(
        @Schema(examples = "35") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal value,
        @Schema(examples = "2025-03-01") @NotNull LocalDate date) {
}
