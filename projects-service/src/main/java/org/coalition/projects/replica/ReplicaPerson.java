package org.coalition.projects.replica;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What this service knows of a person of partners-service; after erasure, only that the id existed. */
@Entity
@Immutable
public class ReplicaPerson {

    @Id
    public UUID id;

    public String name;

    public String country;

    public boolean erased;

    public long version;
}
