package org.coalition.projects.actionitem;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An action item of meetings-service as its last event described it; written only by the consumer. */
@Entity
@Immutable
public class ReplicaActionItem {

    @Id
    public UUID id;

    public UUID meetingId;

    public UUID projectId;

    public String title;

    public String status;

    public LocalDate dueOn;

    public Instant completedAt;

    public UUID ownerPersonId;

    public UUID ownerPartnerId;

    public long version;
}
