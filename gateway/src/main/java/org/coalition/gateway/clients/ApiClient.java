package org.coalition.gateway.clients;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> scopes = new ArrayList<>();

    public Integer rateLimitPerMinute;

    public String keyHash;

    public String secretHash;

    public Instant createdAt;

    public Instant rotatedAt;

    @Version
    public long version;
}
