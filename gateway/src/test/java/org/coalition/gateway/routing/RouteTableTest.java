package org.coalition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    @Test
    void matchesWholePathSegmentsOnly() {
        RouteTable table = new RouteTable(config(Map.of(
                "partners", service("http://127.0.0.1:8081", "/v1/partners", "/v1/people/"),
                "meetings", service("http://127.0.0.1:8082", "/v1/meetings"))));
        assertThat(table.match("/v1/partners")).map(Route::service).hasValue("partners");
        assertThat(table.match("/v1/partners/123/merge")).map(Route::service).hasValue("partners");
        assertThat(table.match("/v1/people/1")).map(Route::service).hasValue("partners");
        assertThat(table.match("/v1/meetings")).map(Route::service).hasValue("meetings");
        assertThat(table.match("/v1/partnerships")).isEmpty();
        assertThat(table.match("/v1/partnersfoo")).isEmpty();
        assertThat(table.match("/q/health")).isEmpty();
        assertThat(table.match("/v1/api-clients")).isEmpty();
    }

    @Test
    void refusesPathsOutsideTheVersionedPublicApi() {
        assertThatThrownBy(() -> new RouteTable(config(Map.of("partners", service("http://127.0.0.1:8081", "/q")))))
                .hasMessageContaining("not a public path under /v1/");
        assertThatThrownBy(() -> new RouteTable(config(Map.of("partners", service("http://127.0.0.1:8081", "/v1/")))))
                .hasMessageContaining("not a public path under /v1/");
    }

    @Test
    void refusesAPathOwnedByTwoServices() {
        assertThatThrownBy(() -> new RouteTable(config(Map.of(
                "partners", service("http://127.0.0.1:8081", "/v1/partners"),
                "meetings", service("http://127.0.0.1:8082", "/v1/partners/meetings")))))
                .hasMessageContaining("lies under");
        assertThatThrownBy(() -> new RouteTable(config(Map.of(
                "partners", service("http://127.0.0.1:8081", "/v1/groups"),
                "meetings", service("http://127.0.0.1:8082", "/v1/groups")))))
                .hasMessageContaining("routed to both");
    }

    @Test
    void refusesAServiceUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new RouteTable(config(Map.of("partners", service("ftp://host", "/v1/partners")))))
                .hasMessageContaining("absolute http(s) URL");
    }

    @Test
    void rewritesOnlyTheServicesOwnOrigin() {
        String internal = "http://127.0.0.1:8081";
        assertThat(ReverseProxy.rewrite(internal + "/v1/partners/1", internal, "https://api.example.org"))
                .isEqualTo("https://api.example.org/v1/partners/1");
        assertThat(ReverseProxy.rewrite("<" + internal + "/v1/partners?cursor=x>; rel=\"next\"", internal,
                "https://api.example.org/coalition"))
                .isEqualTo("<https://api.example.org/coalition/v1/partners?cursor=x>; rel=\"next\"");
        assertThat(ReverseProxy.rewrite("http://127.0.0.1:80810/v1/x", internal, "https://api.example.org"))
                .isEqualTo("http://127.0.0.1:80810/v1/x");
        assertThat(ReverseProxy.rewrite("https://other.example.org/v1/x", internal, "https://api.example.org"))
                .isEqualTo("https://other.example.org/v1/x");
    }

    private static GatewayRoutesConfig config(Map<String, GatewayRoutesConfig.Service> services) {
        return new GatewayRoutesConfig() {
            @Override
            public Map<String, Service> services() {
                return services;
            }

            @Override
            public Optional<URI> publicBaseUrl() {
                return Optional.empty();
            }
        };
    }

    private static GatewayRoutesConfig.Service service(String url, String... paths) {
        return new GatewayRoutesConfig.Service() {
            @Override
            public URI url() {
                return URI.create(url);
            }

            @Override
            public List<String> paths() {
                return List.of(paths);
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration responseTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public int retries() {
                return 1;
            }

            @Override
            public GatewayRoutesConfig.Breaker breaker() {
                return new GatewayRoutesConfig.Breaker() {
                    @Override
                    public int failureThreshold() {
                        return 5;
                    }

                    @Override
                    public Duration openFor() {
                        return Duration.ofSeconds(10);
                    }
                };
            }
        };
    }
}
