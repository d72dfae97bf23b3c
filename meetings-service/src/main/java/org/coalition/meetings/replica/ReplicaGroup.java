package org.coalition.meetings.replica;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What this service knows of a group (coalition, working group) of partners-service. */
@Entity
@Immutable
public class ReplicaGroup {

    static final String ARCHIVED = "archived";

    @Id
    public UUID id;

    public String name;

    public String status;

    public long version;
}
