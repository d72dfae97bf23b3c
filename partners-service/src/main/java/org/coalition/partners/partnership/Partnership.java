package org.coalition.partners.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A relation between two or more organisations: an MoU, a funding or implementation agreement, ... */
@Entity
public class Partnership {

    @Id
    public UUID id;

    public String title;

    public String kind;

    @ElementCollection
    @CollectionTable(name = "partnership_participant", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    public List<StoredParticipant> participants = new ArrayList<>();

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    public String status;

    public String description;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class StoredParticipant {
        public UUID partnerId;
        public String role;
    }
}
