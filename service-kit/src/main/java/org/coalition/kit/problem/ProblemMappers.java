package org.coalition.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception a resource can raise, as problem+json. Quarkus picks the mapper of the most specific
 * type, so each family Quarkus maps on its own (Jackson, validation, WebApplicationException) is named
 * here to take precedence; all delegate to {@link Problems#from}.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException failure, HttpServerRequest request) {
        return respond(failure.problem(), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure, HttpServerRequest request) {
        return respond(Problems.from(failure), request);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException failure, HttpServerRequest request) {
        return respond(Problems.from(failure), request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException failure, HttpServerRequest request) {
        return respond(Problems.from(failure), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException failure, HttpServerRequest request) {
        return respond(Problems.from(failure), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpServerRequest request) {
        return respond(Problems.from(failure), request);
    }

    /**
     * The instance is the request's raw path as received: asking JAX-RS for the request URI would parse
     * it, and a query with characters a URI may not hold ({@code ?q=a|b}) would fail again here.
     */
    static Response respond(Problem problem, HttpServerRequest request) {
        Problem withInstance = problem.instance() == null && request != null
                ? problem.withInstance(request.path())
                : problem;
        return Response.status(withInstance.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(withInstance)
                .build();
    }
}
