package org.coalition.projects.feedback;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Feedback")
public record FeedbackView(
        UUID id,
        UUID projectId,
        UUID communityId,
        UUID authorPersonId,
        @Schema(description = "The author's name from partners-service; null once the person is erased") String authorName,
        FeedbackKind kind,
        String body,
        String url,
        boolean resolved,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
