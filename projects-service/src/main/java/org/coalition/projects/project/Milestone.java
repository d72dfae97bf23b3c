package org.coalition.projects.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step a project plans to reach by a date: the row behind {@code /v1/projects/{id}/milestones/{milestoneId}}. */
@Entity
public class Milestone {

    @Id
    public UUID id;

    public UUID projectId;

    public String title;

    public LocalDate dueOn;

    public String status;

    public LocalDate completedOn;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
