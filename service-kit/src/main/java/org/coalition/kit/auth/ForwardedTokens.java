package org.coalition.kit.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.coalition.kit.config.KitConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the short-lived token the gateway signs for each request it forwards (RS256 with the
 * gateway's key, its issuer and audience, unexpired). Off when no public key is configured.
 */
@ApplicationScoped
public class ForwardedTokens {

    /** A verified gateway token: the API client it speaks for and the scopes that client holds. */
    public record Verified(String clientId, Set<String> scopes) {
    }

    private final JWTAuthContextInfo context;
    private final DefaultJWTParser parser = new DefaultJWTParser();

    public ForwardedTokens(KitConfig config) {
        KitConfig.Token token = config.token();
        Optional<String> location = token.publicKeyLocation().filter(l -> !l.isBlank());
        if (!token.verify() || location.isEmpty()) {
            context = null;
            return;
        }
        JWTAuthContextInfo info = new JWTAuthContextInfo(readPublicKey(location.get()), token.issuer());
        info.setExpectedAudience(Set.of(token.audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setRequiredClaims(Set.of("exp", "iat", "sub"));
        info.setExpGracePeriodSecs(5);
        context = info;
    }

    public boolean enabled() {
        return context != null;
    }

    /** The caller the token speaks for, or empty when it is not a valid gateway token. */
    public Optional<Verified> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(token, context);
            return Optional.of(new Verified(jwt.getSubject(), scopes(jwt.getClaim("scope"))));
        } catch (ParseException | RuntimeException invalid) {
            return Optional.empty();
        }
    }

    private static Set<String> scopes(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        String text = claim.toString().replace("\"", "");
        return new LinkedHashSet<>(Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).toList());
    }

    static PublicKey readPublicKey(String location) {
        try {
            return KeyUtils.decodePublicKey(Files.readString(Path.of(location.replaceFirst("^file:", ""))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the gateway's public key from " + location, e);
        }
    }
}
