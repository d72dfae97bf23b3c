package org.coalition.gateway.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies Bearer tokens: the gateway's own access tokens (RS256 with its key, its issuer and the API
 * audience) and, where configured, an external OpenID Connect provider's (its issuer, keys from its
 * JWKS URL, asymmetric algorithms only). Anything else, {@code alg: none} and HMAC included, is refused.
 */
@ApplicationScoped
public class BearerTokens {

    /**
     * A verified token.
     *
     * @param external whether an external provider issued it (then no API client of ours stands behind it)
     */
    public record Claims(String clientId, Set<String> scopes, Instant issuedAt, boolean external) {
    }

    private final DefaultJWTParser parser = new DefaultJWTParser();
    private final JWTAuthContextInfo gateway;
    private final JWTAuthContextInfo oidc;

    public BearerTokens(SigningKeys keys, AccessConfig config) {
        gateway = new JWTAuthContextInfo(keys.publicKey(), config.token().issuer());
        gateway.setExpectedAudience(Set.of(config.token().audience()));
        gateway.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        gateway.setRequiredClaims(Set.of("exp", "iat", "sub"));
        gateway.setExpGracePeriodSecs(0);

        Optional<String> issuer = config.oidc().issuer().filter(s -> !s.isBlank());
        Optional<String> jwks = config.oidc().jwksUrl().filter(s -> !s.isBlank());
        if (issuer.isPresent() && jwks.isPresent()) {
            oidc = new JWTAuthContextInfo(jwks.get(), issuer.get());
            config.oidc().audience().filter(s -> !s.isBlank()).ifPresent(aud -> oidc.setExpectedAudience(Set.of(aud)));
            oidc.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384,
                    SignatureAlgorithm.RS512, SignatureAlgorithm.PS256, SignatureAlgorithm.ES256));
            oidc.setRequiredClaims(Set.of("exp", "iat"));
            oidc.setExpGracePeriodSecs(0);
        } else {
            oidc = null;
        }
    }

    /** The token's claims when it is valid; blocks while an external provider's keys are fetched. */
    public Optional<Claims> verify(String token) {
        Optional<Claims> own = parse(token, gateway, false);
        if (own.isPresent() || oidc == null) {
            return own;
        }
        return parse(token, oidc, true);
    }

    private Optional<Claims> parse(String token, JWTAuthContextInfo context, boolean external) {
        try {
            JsonWebToken jwt = parser.parse(token, context);
            String clientId = first(jwt.getClaim("client_id"), jwt.getClaim("azp"), jwt.getSubject());
            if (clientId == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(external ? "oidc:" + clientId : clientId, scopes(jwt.getClaim("scope")),
                    Instant.ofEpochSecond(jwt.getIssuedAtTime()), external));
        } catch (ParseException | RuntimeException invalid) {
            return Optional.empty();
        }
    }

    private static String first(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString().replace("\"", "");
            }
        }
        return null;
    }

    private static Set<String> scopes(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(claim.toString().replace("\"", "").split(" "))
                .filter(s -> !s.isBlank())
                .toList());
    }
}
