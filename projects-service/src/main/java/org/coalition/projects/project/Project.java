package org.coalition.projects.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A policy project carried out within a community of practice: the row behind {@code /v1/projects/{id}}. */
@Entity
public class Project {

    @Id
    public UUID id;

    public UUID communityId;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> leadMemberPersonIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subdivisions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes = new ArrayList<>();

    public String policyLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> objectives = new ArrayList<>();

    public LocalDate startsOn;

    public LocalDate endsOn;

    public String status;

    public String iatiIdentifier;

    public String searchText;

    @ElementCollection
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    public List<StoredPartner> participatingPartners = new ArrayList<>();

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class StoredPartner {
        public UUID partnerId;
        public String role;

        protected StoredPartner() {
        }

        public StoredPartner(UUID partnerId, String role) {
            this.partnerId = partnerId;
            this.role = role;
        }
    }
}
