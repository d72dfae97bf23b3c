package org.coalition.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the gateway's access control, under {@code access.*}. */
@ConfigMapping(prefix = "access")
public interface AccessConfig {

    /** The admin credential ({@code COALITION_ADMIN_KEY}), sent as {@code X-API-Key}. */
    Optional<String> adminKey();

    Token token();

    Oidc oidc();

    RateLimit rateLimit();

    Webhooks webhooks();

    interface Token {
        /** PEM file of the RSA key that signs access and forwarded tokens. */
        Optional<String> privateKeyLocation();

        /** PEM file of its public half. */
        Optional<String> publicKeyLocation();

        @WithDefault("coalition-gateway")
        String issuer();

        /** The audience of access tokens issued at /oauth/token. */
        @WithDefault("coalition-api")
        String audience();

        @WithDefault("5m")
        Duration accessTokenLifetime();

        /** The audience of the token forwarded to the services, which they expect. */
        @WithDefault("coalition-services")
        String forwardedAudience();

        @WithDefault("60s")
        Duration forwardedTokenLifetime();
    }

    interface Oidc {
        Optional<String> issuer();

        Optional<String> jwksUrl();

        /** When set, an external token must name it in {@code aud}. */
        Optional<String> audience();
    }

    interface RateLimit {
        /** Requests per minute of a client that has no limit of its own. */
        @WithDefault("600")
        int defaultPerMinute();

        /** How long a request waits for Redis before it is served uncounted. */
        @WithDefault("250ms")
        Duration redisTimeout();
    }

    interface Webhooks {
        /**
         * Hosts a webhook URL may name although they are loopback, private or link-local (a receiver on
         * the same network, in tests or on premises). Empty: none.
         */
        Optional<java.util.List<String>> allowedHosts();

        /** Wait before the first retry; each further one waits twice as long, up to an hour. */
        @WithDefault("10s")
        Duration firstRetry();

        @WithDefault("8")
        int maxAttempts();

        /** Failed attempts in a row after which a subscription is disabled. */
        @WithDefault("20")
        int disableAfterFailures();

        @WithDefault("10s")
        Duration timeout();
    }
}
