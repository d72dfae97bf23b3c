package org.coalition.kit.auth;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who made the current request, as the gateway vouched for it in its forwarded token. Where no token
 * is verified (tests of a service, direct development use) there is no client and every scope holds.
 */
@RequestScoped
public class Caller {

    /** RoutingContext keys under which the gateway and the services keep the caller of a request. */
    public static final String CLIENT_ID_KEY = "coalition.clientId";
    public static final String SCOPES_KEY = "coalition.scopes";
    public static final String ADMIN_SCOPE = "admin";

    @Inject
    RoutingContext http;

    @Inject
    ForwardedTokens tokens;

    public Optional<String> clientId() {
        return Optional.ofNullable(clientIdOf(http));
    }

    public Set<String> scopes() {
        Set<String> scopes = http.get(SCOPES_KEY);
        return scopes == null ? Set.of() : scopes;
    }

    /** Whether the caller may do what {@code scope} grants; {@code admin} grants everything. */
    public boolean has(String scope) {
        return !tokens.enabled() || scopes().contains(scope) || scopes().contains(ADMIN_SCOPE);
    }

    public static String clientIdOf(RoutingContext http) {
        return http == null ? null : http.get(CLIENT_ID_KEY);
    }
}
