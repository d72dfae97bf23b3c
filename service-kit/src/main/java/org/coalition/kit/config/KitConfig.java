package org.coalition.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the shared kit, under {@code coalition.*}; each has a default that suits most deployments. */
@ConfigMapping(prefix = "coalition")
public interface KitConfig {

    Events events();

    Outbox outbox();

    Idempotency idempotency();

    Token token();

    interface Events {
        /** The CloudEvents {@code source} of every event this application publishes, e.g. {@code /partners-service}. */
        @WithDefault("/${quarkus.application.name}")
        String source();
    }

    interface Outbox {
        Relay relay();

        interface Relay {
            /** Whether this replica runs a relay; any number may, one publishes at a time. */
            @WithDefault("true")
            boolean enabled();

            /** Rows published per transaction. */
            @WithDefault("500")
            int batchSize();

            /** How long the relay waits for a notification before it looks at the table anyway. */
            @WithDefault("1s")
            Duration pollInterval();

            /** Pause after a failure (database or broker unreachable) before trying again. */
            @WithDefault("2s")
            Duration retryBackoff();
        }
    }

    interface Idempotency {
        /** How long a stored response answers retries of the same Idempotency-Key. */
        @WithDefault("24h")
        Duration retention();
    }

    /** The short-lived token the gateway signs for every request it forwards. */
    interface Token {
        /**
         * The gateway's public key (PEM file). When set, every {@code /v1} request must carry a valid
         * gateway token; when absent (tests, direct development use) nothing is verified.
         */
        Optional<String> publicKeyLocation();

        /** Whether this app verifies forwarded tokens; the gateway, which signs them, does not. */
        @WithDefault("true")
        boolean verify();

        @WithDefault("coalition-gateway")
        String issuer();

        @WithDefault("coalition-services")
        String audience();
    }
}
