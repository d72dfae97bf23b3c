package org.coalition.partners.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation or a person in a group, with a role, over a period. */
@Entity
@Table(name = "group_membership")
public class Membership {

    @Id
    public UUID id;

    public UUID groupId;

    public UUID partnerId;

    public UUID personId;

    public String role;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
