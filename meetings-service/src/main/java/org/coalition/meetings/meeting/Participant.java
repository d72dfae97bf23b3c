package org.coalition.meetings.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person, an organisation, or a person for an organisation, taking part in a meeting. */
@Entity
public class Participant {

    @Id
    public UUID id;

    public UUID meetingId;

    public UUID personId;

    public UUID partnerId;

    public String role;

    public String status;

    public Instant registeredAt;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
