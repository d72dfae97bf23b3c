package org.coalition.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemType;

/**
 * Problem responses written by the edge itself, outside JAX-RS: the proxy's downstream failures and
 * the checks that run before any resource. Same shape and types as the kit's, plus the two statuses
 * only a gateway answers with.
 */
@ApplicationScoped
public class EdgeProblems {

    public static final Problem BAD_GATEWAY = new Problem("urn:coalition:problem:bad-gateway", "Bad gateway", 502,
            null, null, null);
    public static final Problem GATEWAY_TIMEOUT = new Problem("urn:coalition:problem:gateway-timeout",
            "Gateway timeout", 504, null, null, null);

    private final ObjectMapper json;

    EdgeProblems(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext rc, ProblemType type, String detail) {
        send(rc, type.problem(detail));
    }

    public void send(RoutingContext rc, Problem kind, String detail) {
        send(rc, new Problem(kind.type(), kind.title(), kind.status(), detail, rc.request().path(), null));
    }

    public void send(RoutingContext rc, Problem problem) {
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            // Part of a response already left: the client can only learn of the failure by the reset.
            response.reset();
            return;
        }
        Problem withInstance = problem.instance() == null ? problem.withInstance(rc.request().path()) : problem;
        byte[] body;
        try {
            body = json.writeValueAsBytes(withInstance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
        response.setStatusCode(withInstance.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }
}
