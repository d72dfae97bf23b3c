package org.coalition.projects.community;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's membership of a community: the row behind {@code /v1/communities/{id}/members/{personId}}. */
@Entity
public class CommunityMember {

    @Id
    public UUID id;

    public UUID communityId;

    public UUID personId;

    public UUID affiliationPartnerId;

    public String role;

    public LocalDate joinedOn;

    public LocalDate leftOn;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
