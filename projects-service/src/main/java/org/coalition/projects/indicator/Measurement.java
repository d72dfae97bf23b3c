package org.coalition.projects.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One measured value of an indicator, at most one per date: an IATI result period's actual. */
@Entity
public class Measurement {

    @Id
    public UUID id;

    public UUID indicatorId;

    public BigDecimal value;

    public LocalDate measuredOn;

    public String comment;

    public Instant createdAt;
}
