package org.coalition.projects.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressUpdate")
public record UpdateView(
        UUID id,
        UUID projectId,
        LocalDate reportedOn,
        UUID authorPersonId,
        @Schema(description = "The author's name from partners-service; null once the person is erased") String authorName,
        String summary,
        UpdateRating rating,
        ReviewStatus review,
        UUID reviewerPersonId,
        String reviewerName,
        String reviewComment,
        Instant submittedAt,
        Instant reviewedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
