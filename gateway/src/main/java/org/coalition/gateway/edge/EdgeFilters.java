package org.coalition.gateway.edge;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.problem.ProblemType;
import org.jboss.logging.MDC;

/**
 * What runs first on every request, before CORS, authentication, rate limits, the proxy and JAX-RS:
 * the request id, the access log hook and the declared-size check of the body.
 */
@ApplicationScoped
public class EdgeFilters {

    /** Above every other filter (CORS is 300, authentication below that), so every answer carries the id. */
    public static final int PRIORITY = Integer.MAX_VALUE;

    private final AccessLog accessLog;
    private final EdgeProblems problems;
    private final EdgeLimits limits;

    EdgeFilters(AccessLog accessLog, EdgeProblems problems, EdgeLimits limits) {
        this.accessLog = accessLog;
        this.problems = problems;
        this.limits = limits;
    }

    @RouteFilter(PRIORITY)
    void edge(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        rc.put(RequestIds.CONTEXT_KEY, requestId);
        request.headers().set(RequestIds.HEADER, requestId);
        rc.response().putHeader(RequestIds.HEADER, requestId);
        MDC.put("requestId", requestId);
        accessLog.track(rc);
        if (request.getHeader(HttpHeaders.ORIGIN) != null) {
            // CORS answers differ by Origin; shared caches must not hand one origin's answer to another.
            rc.addHeadersEndHandler(ignored -> rc.response().headers().add(HttpHeaders.VARY, "Origin"));
        }

        String declaredLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && exceedsLimit(declaredLength)) {
            // The body is not read: closing afterwards spares the server from draining it.
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            rc.response().endHandler(ignored -> request.connection().close());
            problems.send(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body may be at most "
                    + limits.maxBodySizeBytes() + " bytes.");
            return;
        }
        rc.next();
    }

    private boolean exceedsLimit(String declaredLength) {
        try {
            return Long.parseLong(declaredLength.trim()) > limits.maxBodySizeBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
