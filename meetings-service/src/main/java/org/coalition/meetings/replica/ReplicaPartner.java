package org.coalition.meetings.replica;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What this service knows of an organisation of partners-service; written only from its events. */
@Entity
@Immutable
public class ReplicaPartner {

    static final String ARCHIVED = "archived";
    static final String MERGED = "merged";

    @Id
    public UUID id;

    public String name;

    public String type;

    public String country;

    public String subdivision;

    public String status;

    public UUID mergedInto;

    public long version;
}
