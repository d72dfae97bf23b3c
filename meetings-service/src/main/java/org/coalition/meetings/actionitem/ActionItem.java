package org.coalition.meetings.actionitem;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up agreed at a meeting: the row behind {@code /v1/action-items/{id}}. */
@Entity
public class ActionItem {

    @Id
    public UUID id;

    public UUID meetingId;

    public String title;

    public String description;

    public UUID ownerPersonId;

    public UUID ownerPartnerId;

    public LocalDate dueOn;

    public String status;

    public UUID projectId;

    public Instant completedAt;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
