package org.coalition.gateway.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Signs the access tokens of /oauth/token and the short-lived tokens forwarded to the services. */
@ApplicationScoped
public class TokenIssuer {

    /** A signed token and the moment after which it is not handed out again. */
    private record Cached(String token, Instant reuseUntil) {
    }

    private final SigningKeys keys;
    private final AccessConfig.Token config;
    private final Map<String, Cached> forwarded = new ConcurrentHashMap<>();

    public TokenIssuer(SigningKeys keys, AccessConfig config) {
        this.keys = keys;
        this.config = config.token();
    }

    public String accessToken(String clientId, Set<String> scopes) {
        return sign(clientId, scopes, config.audience(), config.accessTokenLifetime());
    }

    public long accessTokenLifetimeSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }

    /**
     * The token the gateway forwards on behalf of a caller it has just authenticated. Signing costs a
     * millisecond of CPU, so one token serves the same caller for the first half of its life; the
     * caller's credential is still checked on every request before it is handed on.
     */
    public String forwardedToken(String clientId, Set<String> scopes) {
        String cacheKey = clientId + " " + String.join(" ", new TreeSet<>(scopes));
        Instant now = Instant.now();
        Cached cached = forwarded.get(cacheKey);
        if (cached != null && now.isBefore(cached.reuseUntil())) {
            return cached.token();
        }
        Duration lifetime = config.forwardedTokenLifetime();
        String token = sign(clientId, scopes, config.forwardedAudience(), lifetime);
        if (forwarded.size() > 10_000) {
            forwarded.clear();
        }
        forwarded.put(cacheKey, new Cached(token, now.plus(lifetime.dividedBy(2))));
        return token;
    }

    private String sign(String clientId, Set<String> scopes, String audience, Duration lifetime) {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(config.issuer())
                .audience(audience)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", new TreeSet<>(scopes)))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now + lifetime.toSeconds())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(keys.keyId())
                .sign(keys.privateKey());
    }
}
