package org.coalition.meetings.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What came out of a meeting: a takeaway, decision, commitment or recommendation. */
@Entity
public class Outcome {

    @Id
    public UUID id;

    public UUID meetingId;

    public String kind;

    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes = new ArrayList<>();

    public UUID agendaItemId;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
