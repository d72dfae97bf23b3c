package org.coalition.partners.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation that works on education: the row behind {@code /v1/partners/{id}}. */
@Entity
public class Partner {

    @Id
    public UUID id;

    public String name;

    public String acronym;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names = new LinkedHashMap<>();

    public String type;

    public String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countriesOfOperation = new ArrayList<>();

    public String level;

    public String subdivision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes = new ArrayList<>();

    @Column(name = "sdg4_targets")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sdg4Targets = new ArrayList<>();

    public String website;

    public String email;

    public String status;

    public UUID mergedInto;

    public String searchText;

    @ElementCollection
    @CollectionTable(name = "partner_identifier", joinColumns = @JoinColumn(name = "partner_id"))
    public List<StoredIdentifier> identifiers = new ArrayList<>();

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class StoredIdentifier {
        public String scheme;
        public String value;

        protected StoredIdentifier() {
        }

        public StoredIdentifier(String scheme, String value) {
            this.scheme = scheme;
            this.value = value;
        }
    }
}
