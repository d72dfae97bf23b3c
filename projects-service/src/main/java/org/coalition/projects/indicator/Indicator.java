package org.coalition.projects.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a project measures its results by: the row behind {@code /v1/projects/{id}/indicators/{indicatorId}}. */
@Entity
public class Indicator {

    @Id
    public UUID id;

    public UUID projectId;

    public String title;

    public String description;

    public String unit;

    public BigDecimal baselineValue;

    public LocalDate baselineDate;

    public BigDecimal targetValue;

    public LocalDate targetDate;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
