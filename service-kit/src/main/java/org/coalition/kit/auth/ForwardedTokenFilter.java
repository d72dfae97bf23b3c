package org.coalition.kit.auth;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemType;

/**
 * Where the gateway's public key is configured, a {@code /v1} request without a valid gateway token is
 * a 401: a service reached around the gateway serves nobody. The caller of a valid one is kept in the
 * routing context for {@link Caller}.
 */
@ApplicationScoped
public class ForwardedTokenFilter {

    private static final int AFTER_BODY_SIZE_LIMIT = 900;
    private static final String BEARER = "Bearer ";

    void register(@Observes Filters filters, ForwardedTokens tokens) {
        if (!tokens.enabled()) {
            return;
        }
        filters.register(context -> {
            String path = context.request().path();
            if (!path.equals("/v1") && !path.startsWith("/v1/")) {
                context.next();
                return;
            }
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? authorization.substring(BEARER.length()).trim()
                    : null;
            tokens.verify(token).ifPresentOrElse(caller -> {
                context.put(Caller.CLIENT_ID_KEY, caller.clientId());
                context.put(Caller.SCOPES_KEY, caller.scopes());
                context.next();
            }, () -> unauthorized(context));
        }, AFTER_BODY_SIZE_LIMIT);
    }

    private static void unauthorized(RoutingContext context) {
        Problem problem = ProblemType.UNAUTHORIZED
                .problem("This service answers only requests forwarded by the Coalition gateway; call the gateway.")
                .withInstance(context.request().path());
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer realm=\"coalition\"")
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encode(problem));
    }
}
