package org.coalition.meetings.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A document a meeting produced or used: minutes, a policy brief, a presentation, a report. */
@Entity
public class MeetingDocument {

    @Id
    public UUID id;

    public UUID meetingId;

    public String title;

    public String url;

    public String kind;

    public String language;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
