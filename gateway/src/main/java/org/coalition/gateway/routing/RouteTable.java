package org.coalition.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which service a public path goes to. Built once from {@link GatewayRoutesConfig}; a table that
 * could send a path to two services, or expose anything outside {@code /v1/}, stops the gateway at
 * startup rather than misroute at run time.
 */
@ApplicationScoped
public class RouteTable {

    private final List<Route> routes;

    RouteTable(GatewayRoutesConfig config) {
        this.routes = build(config);
    }

    static List<Route> build(GatewayRoutesConfig config) {
        Map<String, String> ownerOfPrefix = new HashMap<>();
        List<Route> built = new ArrayList<>();
        new TreeMap<>(config.services()).forEach((name, service) -> {
            String scheme = service.url().getScheme();
            if (service.url().getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalStateException("coalition.gateway.services." + name
                        + ".url must be an absolute http(s) URL, not '" + service.url() + "'");
            }
            List<String> prefixes = new ArrayList<>();
            for (String raw : service.paths()) {
                String prefix = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
                if (!prefix.startsWith("/v1/") || prefix.length() <= "/v1/".length() || prefix.contains("..")) {
                    throw new IllegalStateException("coalition.gateway.services." + name
                            + ".paths: '" + raw + "' is not a public path under /v1/");
                }
                String other = ownerOfPrefix.putIfAbsent(prefix, name);
                if (other != null) {
                    throw new IllegalStateException("Path " + prefix + " is routed to both " + other + " and " + name);
                }
                prefixes.add(prefix);
            }
            built.add(new Route(name, service.url(), List.copyOf(prefixes), service.connectTimeout(),
                    service.responseTimeout(), Math.max(0, service.retries())));
        });
        for (String prefix : ownerOfPrefix.keySet()) {
            for (String other : ownerOfPrefix.keySet()) {
                if (!prefix.equals(other) && other.startsWith(prefix + "/")
                        && !ownerOfPrefix.get(prefix).equals(ownerOfPrefix.get(other))) {
                    throw new IllegalStateException("Path " + other + " of " + ownerOfPrefix.get(other)
                            + " lies under " + prefix + " of " + ownerOfPrefix.get(prefix));
                }
            }
        }
        return List.copyOf(built);
    }

    /** The route owning a normalized path, if any; paths outside the table stay with the gateway. */
    public Optional<Route> match(String normalizedPath) {
        for (Route route : routes) {
            if (route.owns(normalizedPath)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }
}
