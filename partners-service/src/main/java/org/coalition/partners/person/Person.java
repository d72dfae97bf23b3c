package org.coalition.partners.person;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who works on education; personal data, erased on request down to a tombstone. */
@Entity
public class Person {

    @Id
    public UUID id;

    public String name;

    public String email;

    public String phone;

    public String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public String gender;

    public String genderDescription;

    @ElementCollection
    @CollectionTable(name = "person_affiliation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<StoredAffiliation> affiliations = new ArrayList<>();

    public boolean erased;

    public String searchText = "";

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class StoredAffiliation {
        public UUID partnerId;
        public String title;
        @Column(name = "from_date")
        public LocalDate from;
        @Column(name = "to_date")
        public LocalDate to;
        @Column(name = "is_primary")
        public boolean primary;
    }
}
