package org.coalition.gateway.auth;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.coalition.gateway.clients.ApiClientService;
import org.coalition.gateway.clients.Secrets;

/** Who a request's credential names: an API key ({@code X-API-Key}) or a Bearer token. Blocking. */
@ApplicationScoped
public class Authenticator {

    static final String CHALLENGE = "Bearer realm=\"coalition\", ApiKey realm=\"coalition\" header=\"X-API-Key\"";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"coalition\", error=\"invalid_token\"";
    private static final String BEARER = "Bearer ";

    private final ApiClientService clients;
    private final BearerTokens tokens;
    private final Optional<String> adminKeyHash;

    public Authenticator(ApiClientService clients, BearerTokens tokens, AccessConfig config) {
        this.clients = clients;
        this.tokens = tokens;
        this.adminKeyHash = config.adminKey().filter(k -> !k.isBlank()).map(Secrets::hash);
    }

    public Principal authenticate(String apiKey, String authorization) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            if (apiKey != null) {
                return byApiKey(apiKey.trim());
            }
            if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return byToken(authorization.substring(BEARER.length()).trim());
            }
            if (authorization != null) {
                throw new AuthenticationFailed(
                        "This Authorization scheme is not accepted: send X-API-Key, or a Bearer token from POST /oauth/token.",
                        CHALLENGE);
            }
            throw new AuthenticationFailed(
                    "This request needs a credential: an X-API-Key header, or Authorization: Bearer <token> from POST /oauth/token.",
                    CHALLENGE);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private Principal byApiKey(String apiKey) {
        if (adminKeyHash.isPresent() && MessageDigest.isEqual(Secrets.hash(apiKey).getBytes(StandardCharsets.US_ASCII),
                adminKeyHash.get().getBytes(StandardCharsets.US_ASCII))) {
            return new Principal(Principal.ADMIN_ID, new LinkedHashSet<>(Scopes.ALL), null);
        }
        return clients.byApiKey(apiKey).orElseThrow(() -> new AuthenticationFailed(
                "The API key is not valid: it may have been revoked or rotated.", CHALLENGE));
    }

    private Principal byToken(String token) {
        BearerTokens.Claims claims = tokens.verify(token).orElseThrow(() -> new AuthenticationFailed(
                "The Bearer token is not valid: its signature, issuer, audience or expiry does not check out.",
                INVALID_TOKEN_CHALLENGE));
        if (claims.external()) {
            return new Principal(claims.clientId(), claims.scopes(), null);
        }
        Principal client = clients.current(claims.clientId(), claims.issuedAt()).orElseThrow(() -> new AuthenticationFailed(
                "The Bearer token's API client was revoked or its credentials rotated; request a new token.",
                INVALID_TOKEN_CHALLENGE));
        LinkedHashSet<String> granted = new LinkedHashSet<>(claims.scopes());
        granted.retainAll(client.scopes());
        return new Principal(client.clientId(), granted, client.rateLimitPerMinute());
    }
}
