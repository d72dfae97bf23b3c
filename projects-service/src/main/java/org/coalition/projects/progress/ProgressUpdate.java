package org.coalition.projects.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A progress report on a project: the row behind {@code /v1/projects/{id}/updates/{updateId}}. */
@Entity
public class ProgressUpdate {

    @Id
    public UUID id;

    public UUID projectId;

    public LocalDate reportedOn;

    public UUID authorPersonId;

    public String summary;

    public String rating;

    public String review;

    public UUID reviewerPersonId;

    public String reviewComment;

    public Instant submittedAt;

    public Instant reviewedAt;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
