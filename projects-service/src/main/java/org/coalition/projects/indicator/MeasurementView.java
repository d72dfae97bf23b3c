package org.coalition.projects.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement")
public record MeasurementView(UUID id, UUID indicatorId, BigDecimal value, LocalDate date, String comment,
        Instant createdAt) {
}
