package org.coalition.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** One downstream service and the public path prefixes it owns. */
public record Route(String service, URI url, List<String> prefixes, Duration connectTimeout,
        Duration responseTimeout, int retries) {

    public String host() {
        return url.getHost();
    }

    public int port() {
        int port = url.getPort();
        if (port != -1) {
            return port;
        }
        return isTls() ? 443 : 80;
    }

    public boolean isTls() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    /** The service's own base, as it may appear in absolute URLs it writes into headers. */
    public String origin() {
        return url.getScheme() + "://" + url.getAuthority();
    }

    boolean owns(String path) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
