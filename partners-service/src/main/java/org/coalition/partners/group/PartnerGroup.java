package org.coalition.partners.group;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coalition, network, working group or committee, possibly within a parent group. */
@Entity
@Table(name = "partner_group")
public class PartnerGroup {

    @Id
    public UUID id;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names = new LinkedHashMap<>();

    public String kind;

    public UUID parentGroupId;

    public String level;

    public String country;

    public String subdivision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes = new ArrayList<>();

    public String description;

    public String status;

    public String searchText;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
