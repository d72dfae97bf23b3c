package org.coalition.gateway.auth;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.coalition.kit.auth.Caller;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.problem.Problems;

/**
 * Authenticates every request but the public ones; then (after rate limiting) checks the scope its
 * route family needs and replaces the client's credential with the gateway's short-lived signed
 * token for the services.
 * Runs before the proxy and the gateway's own resources; the caller is left in the routing context.
 */
@ApplicationScoped
public class AccessFilter {

    /** Below the request-id filter, above rate limiting, the proxy and everything else. */
    public static final int PRIORITY = 500;
    /** Rate limiting runs between the two, at {@code PRIORITY - 10}. */
    public static final int AUTHORIZE_PRIORITY = PRIORITY - 20;
    public static final String API_KEY_HEADER = "X-API-Key";

    private static final List<String> PUBLIC_PREFIXES = List.of("/q/health", "/q/openapi", "/q/swagger-ui",
            "/q/metrics", "/oauth/token", "/asyncapi.yaml");
    /** Never honoured, and never handed on: the scope check is made on the real method. */
    private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
            "X-Method-Override");

    private final Authenticator authenticator;
    private final TokenIssuer issuer;

    public AccessFilter(Authenticator authenticator, TokenIssuer issuer) {
        this.authenticator = authenticator;
        this.issuer = issuer;
    }

    @RouteFilter(PRIORITY)
    void authenticate(RoutingContext context) {
        String path = context.request().path();
        if (isPublic(path) || isCorsPreflight(context)) {
            context.next();
            return;
        }
        METHOD_OVERRIDES.forEach(context.request().headers()::remove);
        String apiKey = context.request().getHeader(API_KEY_HEADER);
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        context.vertx().executeBlocking(() -> authenticator.authenticate(apiKey, authorization), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        fail(context, result.cause());
                        return;
                    }
                    result.result().storeIn(context);
                    context.next();
                });
    }

    /**
     * After rate limiting, so that refused requests count and carry the RateLimit headers too: the
     * scope the route needs, then the credential swapped for the gateway's token.
     */
    @RouteFilter(AUTHORIZE_PRIORITY)
    void authorize(RoutingContext context) {
        if (context.get(Caller.CLIENT_ID_KEY) == null) {
            context.next();
            return;
        }
        Principal principal = Principal.of(context);
        String path = context.request().path();
        String needed = Scopes.required(context.request().method().name(), path);
        if (!principal.has(needed)) {
            respond(context, ProblemType.FORBIDDEN.problem("This API client lacks the scope '" + needed
                    + "' that " + context.request().method().name() + " " + path + " needs."), null);
            return;
        }
        context.request().headers().remove(API_KEY_HEADER);
        context.request().headers().set(HttpHeaders.AUTHORIZATION,
                "Bearer " + issuer.forwardedToken(principal.clientId(), principal.scopes()));
        context.next();
    }

    static boolean isPublic(String path) {
        for (String prefix : PUBLIC_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCorsPreflight(RoutingContext context) {
        return context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader(HttpHeaders.ORIGIN) != null
                && context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }

    private static void fail(RoutingContext context, Throwable failure) {
        if (failure instanceof AuthenticationFailed unauthenticated) {
            respond(context, ProblemType.UNAUTHORIZED.problem(unauthenticated.getMessage()), unauthenticated.challenge());
        } else {
            respond(context, Problems.from(failure), null);
        }
    }

    static void respond(RoutingContext context, Problem problem, String challenge) {
        if (context.response().ended()) {
            return;
        }
        if (challenge != null) {
            context.response().putHeader("WWW-Authenticate", challenge);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encode(problem.withInstance(context.request().path())));
    }
}
