package org.coalition.kit.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record WidgetInput(
        @NotBlank @Size(max = 100) String name,
        @NotNull Widget.Color color,
        @Min(1) @Max(1000) int size,
        String tag,
        @Valid Label label) {

    public record Label(@NotBlank String text) {
    }
}
