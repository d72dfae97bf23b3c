package org.coalition.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.coalition.gateway.auth.AccessConfig;
import org.coalition.kit.problem.ProblemException;

/**
 * Keeps webhooks from reaching into the gateway's own network (SSRF): only http(s), and no host that
 * resolves to a loopback, private, link-local (cloud metadata), unspecified or multicast address,
 * unless configuration allows that host by name. Checked at subscription and again at each delivery,
 * since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookUrls {

    private final List<String> allowedHosts;

    public WebhookUrls(AccessConfig config) {
        this.allowedHosts = config.webhooks().allowedHosts().orElse(List.of()).stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
    }

    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException invalid) {
            throw ProblemException.invalidField("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.invalidField("url", "must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            throw ProblemException.invalidField("url", "must name a host, without user information");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException unknown) {
            throw ProblemException.invalidField("url", "names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw ProblemException.invalidField("url",
                        "must not point to a loopback, private or link-local address (" + address.getHostAddress() + ")");
            }
        }
        return uri;
    }

    private static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // shared address space 100.64/10
                || (first == 198 && (second == 18 || second == 19)); // benchmarking 198.18/15
    }
}
