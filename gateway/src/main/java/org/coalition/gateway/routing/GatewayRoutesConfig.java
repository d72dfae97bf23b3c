package org.coalition.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route table: which downstream service owns which public path prefixes, and how patiently the
 * gateway waits for it. One entry per service under {@code coalition.gateway.services.<name>}.
 */
@ConfigMapping(prefix = "coalition.gateway")
public interface GatewayRoutesConfig {

    Map<String, Service> services();

    /**
     * The base URL clients use (e.g. {@code https://api.example.org}); when absent it is derived from
     * the request (its scheme and Host, or X-Forwarded-Proto/Host set by a load balancer in front).
     */
    @WithName("public-base-url")
    Optional<URI> publicBaseUrl();

    interface Service {

        /** Where the service listens, e.g. {@code http://127.0.0.1:8081}. */
        URI url();

        /** Public path prefixes the service owns, each under {@code /v1/}, e.g. {@code /v1/partners}. */
        List<String> paths();

        /** How long to wait for a TCP connection; past it the request is a 504. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long the service may stay silent (before its headers or between body chunks); past it, 504. */
        @WithDefault("30s")
        Duration responseTimeout();

        /**
         * How many times a request without a body and with an idempotent method is sent again when the
         * connection is refused or closed before any response came.
         */
        @WithDefault("1")
        int retries();

        Breaker breaker();
    }

    interface Breaker {

        /** Consecutive failures (refused, timed out, malformed) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one trial request is let through. */
        @WithDefault("10s")
        Duration openFor();
    }
}
