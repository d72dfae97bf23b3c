package org.coalition.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.coalition.kit.auth.Caller;

/**
 * An authenticated caller of the gateway: an API client (its id), the admin key ({@code admin}) or a
 * client of an external OpenID Connect provider ({@code oidc:<its id>}).
 *
 * @param rateLimitPerMinute the client's own limit, or null for the configured default
 */
public record Principal(String clientId, Set<String> scopes, Integer rateLimitPerMinute) {

    public static final String ADMIN_ID = "admin";
    public static final String RATE_LIMIT_KEY = "coalition.rateLimitPerMinute";

    public boolean isAdmin() {
        return scopes.contains(Scopes.ADMIN);
    }

    public boolean has(String scope) {
        return Scopes.grants(scopes, scope);
    }

    public void storeIn(RoutingContext http) {
        http.put(Caller.CLIENT_ID_KEY, clientId);
        http.put(Caller.SCOPES_KEY, scopes);
        http.put(RATE_LIMIT_KEY, rateLimitPerMinute);
    }

    /** The principal the access filter stored for this request; the filter guarantees there is one. */
    public static Principal of(RoutingContext http) {
        String clientId = http.get(Caller.CLIENT_ID_KEY);
        Set<String> scopes = http.get(Caller.SCOPES_KEY);
        return new Principal(clientId, scopes == null ? Set.of() : scopes, http.get(RATE_LIMIT_KEY));
    }
}
