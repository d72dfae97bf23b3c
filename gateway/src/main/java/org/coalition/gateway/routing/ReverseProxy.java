package org.coalition.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.coalition.gateway.edge.AccessLog;
import org.coalition.gateway.edge.EdgeLimits;
import org.coalition.gateway.edge.EdgeProblems;
import org.coalition.gateway.edge.RequestIds;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends every request under a routed prefix to its service and the answer back, both bodies
 * streamed chunk by chunk with back-pressure (a CSV export of any size passes with constant memory).
 * Everything else (the gateway's own resources, {@code /q/*}) is left to the next handler, so no
 * internal endpoint of a service is reachable through the gateway.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    /** RFC 9110 7.6.1, plus the non-standard Proxy-Connection that some clients still send. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Methods a request may be sent again with, when it carries no body that was already consumed. */
    private static final Set<HttpMethod> REPEATABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final RouteTable table;
    private final GatewayRoutesConfig config;
    private final EdgeProblems problems;
    private final EdgeLimits limits;
    private final Vertx vertx;
    private final Set<String> compressedMediaTypes;
    private final Map<String, HttpClient> clients = new HashMap<>();
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();

    ReverseProxy(RouteTable table, GatewayRoutesConfig config, EdgeProblems problems, EdgeLimits limits, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.compress-media-types") Optional<List<String>> compressedMediaTypes) {
        this.table = table;
        this.config = config;
        this.problems = problems;
        this.limits = limits;
        this.vertx = vertx;
        this.compressedMediaTypes = new HashSet<>(compressedMediaTypes.orElse(List.of()));
    }

    void install(@Observes Router router) {
        for (Route route : table.routes()) {
            GatewayRoutesConfig.Breaker breaker = config.services().get(route.service()).breaker();
            breakers.put(route.service(), new CircuitBreaker(breaker.failureThreshold(), breaker.openFor()));
            // The edge compresses once for the client; the hop to the service stays uncompressed.
            clients.put(route.service(), vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setDecompressionSupported(false)
                    .setMaxPoolSize(64)));
        }
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        Optional<Route> match = table.match(path);
        if (match.isEmpty()) {
            rc.next();
            return;
        }
        Route route = match.get();
        rc.put(AccessLog.ROUTE_KEY, route.service());
        HttpServerRequest request = rc.request();
        CircuitBreaker breaker = breakers.get(route.service());
        if (!breaker.tryAcquire()) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(breaker.secondsUntilRetry()));
            fail(rc, ProblemType.SERVICE_UNAVAILABLE.problem("The " + route.service()
                    + " service failed repeatedly and is given a rest; retry after the time in Retry-After."));
            return;
        }

        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        String query = request.query();
        // The normalized path goes out, never the raw one: "/v1/partners/../../q/metrics" must not
        // reach a service's internal endpoints by being resolved only there.
        proxyRequest.setURI(query == null ? path : path + "?" + query);
        prepareHeaders(rc, proxyRequest.headers());
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // The declared size has passed the edge's limit; the client may send the body now rather
            // than wait for an interim answer the service's would have to travel back through the proxy.
            proxyRequest.headers().remove(HttpHeaders.EXPECT);
            rc.response().writeContinue();
        }
        LimitedBody limitedBody = null;
        boolean hasBody = hasBody(request);
        if (hasBody) {
            limitedBody = new LimitedBody(request, limits.maxBodySizeBytes());
            proxyRequest.setBody(Body.body(limitedBody, declaredLength(request)));
        } else {
            proxyRequest.setBody(null);
            request.resume();
        }
        boolean repeatable = !hasBody && REPEATABLE.contains(request.method());
        send(rc, route, breaker, proxyRequest, limitedBody, repeatable, 0);
    }

    private void send(RoutingContext rc, Route route, CircuitBreaker breaker, ProxyRequest proxyRequest,
            LimitedBody limitedBody, boolean repeatable, int attempt) {
        RequestOptions options = new RequestOptions()
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.isTls())
                .setConnectTimeout(route.connectTimeout().toMillis())
                .setIdleTimeout(route.responseTimeout().toMillis());
        clients.get(route.service()).request(options)
                .compose(proxyRequest::send)
                .onComplete(outcome -> {
                    if (outcome.succeeded()) {
                        breaker.onSuccess();
                        respond(rc, route, outcome.result());
                        return;
                    }
                    Throwable failure = outcome.cause();
                    if (rc.response().closed()) {
                        // The client went away; that says nothing about the service's health.
                        LOG.debugf("Client left during %s %s", rc.request().method(), rc.normalizedPath());
                        return;
                    }
                    if (limitedBody != null && limitedBody.exceeded()) {
                        fail(rc, ProblemType.PAYLOAD_TOO_LARGE.problem("The request body may be at most "
                                + limits.maxBodySizeBytes() + " bytes."));
                        return;
                    }
                    if (repeatable && attempt < route.retries() && neverReachedTheService(failure)) {
                        LOG.debugf("Sending %s %s to %s again after: %s", rc.request().method(), rc.normalizedPath(),
                                route.service(), failure.toString());
                        send(rc, route, breaker, proxyRequest, null, true, attempt + 1);
                        return;
                    }
                    breaker.onFailure();
                    LOG.warnf("%s %s to %s failed: %s", rc.request().method(), rc.normalizedPath(), route.service(),
                            failure.toString());
                    fail(rc, downstreamProblem(route, failure));
                });
    }

    /** Failures after which the service cannot have acted on the request, so sending it again is safe. */
    private static boolean neverReachedTheService(Throwable failure) {
        return (failure instanceof ConnectException && !(failure instanceof ConnectTimeoutException))
                || failure instanceof HttpClosedException;
    }

    static Problem downstreamProblem(Route route, Throwable failure) {
        if (failure instanceof ConnectTimeoutException) {
            return problem(EdgeProblems.GATEWAY_TIMEOUT, "The " + route.service()
                    + " service did not accept a connection within " + route.connectTimeout().toMillis() + " ms.");
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            return ProblemType.SERVICE_UNAVAILABLE.problem("The " + route.service()
                    + " service is not reachable right now; retry later.");
        }
        if (failure instanceof TimeoutException) {
            return problem(EdgeProblems.GATEWAY_TIMEOUT, "The " + route.service() + " service did not answer within "
                    + route.responseTimeout().toMillis() + " ms.");
        }
        return problem(EdgeProblems.BAD_GATEWAY, "The " + route.service()
                + " service gave no valid HTTP response.");
    }

    private static Problem problem(Problem kind, String detail) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, null, null);
    }

    private void fail(RoutingContext rc, Problem problem) {
        HttpServerRequest request = rc.request();
        if (!request.isEnded()) {
            // The unread rest of the body would have to be drained to reuse the connection.
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            request.resume();
        }
        problems.send(rc, problem);
    }

    private void prepareHeaders(RoutingContext rc, MultiMap headers) {
        HttpServerRequest request = rc.request();
        dropHopByHop(headers);
        // Credentials meant for the gateway stay at the gateway; authentication forwards its own token.
        headers.remove("X-API-Key");
        headers.remove(HttpHeaders.ACCEPT_ENCODING);
        headers.remove("Forwarded");
        // The tracer writes the trace context of the gateway's own span; the caller's is its parent.
        headers.remove("traceparent");
        headers.remove("tracestate");
        headers.remove("baggage");
        URI base = publicBase(rc);
        headers.set("X-Forwarded-Proto", base.getScheme());
        headers.set("X-Forwarded-Host", base.getRawAuthority());
        String prefix = base.getRawPath();
        if (prefix == null || prefix.isEmpty() || "/".equals(prefix)) {
            headers.remove("X-Forwarded-Prefix");
        } else {
            headers.set("X-Forwarded-Prefix", prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        }
        String peer = request.connection().remoteAddress() == null ? null
                : request.connection().remoteAddress().hostAddress();
        if (peer != null) {
            String earlier = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", earlier == null || earlier.isBlank() ? peer : earlier + ", " + peer);
        }
        String requestId = rc.get(RequestIds.CONTEXT_KEY);
        if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
        }
    }

    private void respond(RoutingContext rc, Route route, ProxyResponse response) {
        MultiMap headers = response.headers();
        dropHopByHop(headers);
        // The gateway's own values win: one request id, and CORS decided at the edge only.
        headers.remove(RequestIds.HEADER);
        headers.names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
                .toList()
                .forEach(headers::remove);
        String publicBase = stripTrailingSlash(publicBase(rc).toString());
        for (String name : List.of("Location", "Content-Location", "Link")) {
            List<String> values = headers.getAll(name);
            if (!values.isEmpty()) {
                headers.remove(name);
                for (String value : values) {
                    headers.add(name, rewrite(value, route.origin(), publicBase));
                }
            }
        }
        HttpServerResponse out = rc.response();
        if (headers.contains(HttpHeaders.CONTENT_ENCODING) || compressible(headers.get(HttpHeaders.CONTENT_TYPE))) {
            // Quarkus marks every response "identity" up front; lifting that lets the server compress
            // for clients that accept it (or keeps a service's own encoding as the only one).
            out.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        response.send().onFailure(failure -> LOG.debugf("Streaming the response of %s %s from %s broke off: %s",
                rc.request().method(), rc.normalizedPath(), route.service(), failure.toString()));
    }

    private boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String bare = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        return compressedMediaTypes.contains(bare);
    }

    static String rewrite(String value, String internalOrigin, String publicBase) {
        return value.replace(internalOrigin + "/", publicBase + "/")
                .replace(internalOrigin + ">", publicBase + ">")
                .replace(internalOrigin + "?", publicBase + "?");
    }

    private URI publicBase(RoutingContext rc) {
        return config.publicBaseUrl().orElseGet(() -> {
            HttpServerRequest request = rc.request();
            String authority = request.authority() != null ? request.authority().toString() : request.host();
            return URI.create(request.scheme() + "://" + authority);
        });
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static void dropHopByHop(MultiMap headers) {
        for (String connectionOption : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String name : connectionOption.split(",")) {
                headers.remove(name.trim());
            }
        }
        HOP_BY_HOP.forEach(headers::remove);
    }

    private static boolean hasBody(HttpServerRequest request) {
        if (request.isEnded()) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return declaredLength(request) != 0;
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
