package org.coalition.projects.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator")
public record IndicatorView(
        UUID id,
        UUID projectId,
        String title,
        String description,
        String unit,
        Point baseline,
        Point target,
        @Schema(description = "The most recent measurement, null before the first") MeasurementView latest,
        @Schema(description = "How far the latest value has come from the baseline towards the target: 0 at the "
                + "baseline, 1 at the target, above 1 beyond it, below 0 when it went the wrong way; null before "
                + "the first measurement", examples = "0.65") BigDecimal progress,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
