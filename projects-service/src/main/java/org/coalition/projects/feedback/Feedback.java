package org.coalition.projects.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A peer's advice, question or resource on a project: the row behind {@code /v1/projects/{id}/feedback/{feedbackId}}. */
@Entity
public class Feedback {

    @Id
    public UUID id;

    public UUID projectId;

    /** The project's community when the feedback was posted, for the community's feed. */
    public UUID communityId;

    public UUID authorPersonId;

    public String kind;

    public String body;

    public String url;

    public boolean resolved;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
