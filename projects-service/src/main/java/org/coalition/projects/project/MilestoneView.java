package org.coalition.projects.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone")
public record MilestoneView(
        UUID id,
        UUID projectId,
        String title,
        LocalDate dueOn,
        MilestoneStatus status,
        LocalDate completedOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
