package org.coalition.gateway.webhooks;

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
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    public static final String ACTIVE = "active";
    public static final String DISABLED = "disabled";

    @Id
    public UUID id;

    public String clientId;

    /** The scopes of a client with no row of its own (admin key, external OIDC) when it subscribed. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> clientScopes = new ArrayList<>();

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> eventTypes = new ArrayList<>();

    public String description;

    /** Needed in clear to sign each delivery (HMAC); shown to the client once, at creation. */
    public String secret;

    public String status;

    public int consecutiveFailures;

    public Instant createdAt;

    @Version
    public long version;

    boolean matches(String eventType) {
        for (String pattern : eventTypes) {
            if (pattern.equals("*") || pattern.equals(eventType)
                    || (pattern.endsWith(".*") && eventType.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
