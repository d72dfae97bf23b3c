package org.coalition.projects.community;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A community of practice: the row behind {@code /v1/communities/{id}}. */
@Entity
public class Community {

    @Id
    public UUID id;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names = new LinkedHashMap<>();

    public String theme;

    public String description;

    public UUID facilitatorPartnerId;

    public LocalDate cohortStartsOn;

    public LocalDate cohortEndsOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries = new ArrayList<>();

    public String status;

    public String searchText;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
