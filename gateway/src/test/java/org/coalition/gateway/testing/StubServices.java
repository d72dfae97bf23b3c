package org.coalition.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the downstream stand-ins before the gateway and points its route table at them: the three
 * real services' prefixes, plus test-only routes to services that are slow, down, malformed or flaky.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static StubService partners;
    public static StubService meetings;
    public static StubService projects;
    public static StubService slow;
    public static StubService killable;
    public static RawSocketService malformed;
    public static RawSocketService breaking;
    public static RawSocketService flaky;

    /** The response timeout of the slow route, which the slow service always exceeds. */
    public static final long SLOW_TIMEOUT_MILLIS = 800;

    @Override
    public Map<String, String> start() {
        partners = new StubService("partners");
        meetings = new StubService("meetings");
        projects = new StubService("projects");
        slow = new StubService("slow");
        slow.delay(5_000);
        killable = new StubService("killable");
        malformed = new RawSocketService(RawSocketService.Behaviour.GARBAGE);
        breaking = new RawSocketService(RawSocketService.Behaviour.GARBAGE);
        flaky = new RawSocketService(RawSocketService.Behaviour.HANG_UP_EVERY_OTHER);

        Map<String, String> config = new HashMap<>();
        config.put("coalition.gateway.services.partners.url", partners.url());
        config.put("coalition.gateway.services.meetings.url", meetings.url());
        config.put("coalition.gateway.services.projects.url", projects.url());
        route(config, "slow", slow.url(), "/v1/test-slow");
        config.put("coalition.gateway.services.slow.response-timeout", SLOW_TIMEOUT_MILLIS + "ms");
        route(config, "down", "http://127.0.0.1:" + closedPort(), "/v1/test-down");
        route(config, "killable", killable.url(), "/v1/test-killable");
        route(config, "malformed", malformed.url(), "/v1/test-malformed");
        route(config, "breaking", breaking.url(), "/v1/test-breaking");
        config.put("coalition.gateway.services.breaking.breaker.failure-threshold", "2");
        config.put("coalition.gateway.services.breaking.breaker.open-for", "60s");
        route(config, "flaky", flaky.url(), "/v1/test-flaky");
        config.put("quarkus.http.cors.origins", "https://dashboard.example.org");
        return config;
    }

    private static void route(Map<String, String> config, String service, String url, String path) {
        config.put("coalition.gateway.services." + service + ".url", url);
        config.put("coalition.gateway.services." + service + ".paths", path);
    }

    /** A port nothing listens on: bound once to learn a free number, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        for (StubService stub : new StubService[] {partners, meetings, projects, slow, killable}) {
            if (stub != null) {
                stub.stop();
            }
        }
        for (RawSocketService raw : new RawSocketService[] {malformed, breaking, flaky}) {
            if (raw != null) {
                raw.stop();
            }
        }
    }
}
