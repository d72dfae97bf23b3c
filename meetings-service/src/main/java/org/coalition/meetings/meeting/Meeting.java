package org.coalition.meetings.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting of a coalition, working group or community of practice: the row behind {@code /v1/meetings/{id}}. */
@Entity
public class Meeting {

    @Id
    public UUID id;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();

    public String kind;

    public String series;

    public Integer seriesNumber;

    public UUID groupId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> hostPartnerIds = new ArrayList<>();

    public Instant startsAt;

    public Instant endsAt;

    public String timeZone;

    public String venue;

    public String city;

    public String country;

    public String subdivision;

    public String onlineUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public String status;

    public String cancellationReason;

    public String description;

    public String searchText;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
