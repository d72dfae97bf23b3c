package org.coalition.gateway.edge;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with a CORS policy that lets any web page make credentialed calls in a user's
 * name: a wildcard origin together with Access-Control-Allow-Credentials.
 */
@ApplicationScoped
public class CorsPolicyCheck {

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> origins;

    @ConfigProperty(name = "quarkus.http.cors.access-control-allow-credentials")
    Optional<Boolean> allowCredentials;

    void check(@Observes StartupEvent started) {
        if (isUnsafe(origins.orElse(List.of()), allowCredentials.orElse(false))) {
            throw new IllegalStateException("quarkus.http.cors.origins is a wildcard while "
                    + "quarkus.http.cors.access-control-allow-credentials is true: list the dashboards' origins instead");
        }
    }

    static boolean isUnsafe(List<String> origins, boolean allowCredentials) {
        return allowCredentials && origins.stream().map(String::trim).anyMatch(o -> "*".equals(o) || "/.*/".equals(o));
    }
}
