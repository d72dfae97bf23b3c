package org.coalition.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception a resource can raise, as problem+json. Quarkus picks the mapper of the most specific
 * type, so each family Quarkus maps on its own (Jackson, validation, WebApplicationException) is named
 * here to take precedence; all delegate to {@link Problems#from}.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException failure, UriInfo uri) {
        return respond(failure.problem(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure, UriInfo uri) {
        return respond(Problems.from(failure), uri);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException failure, UriInfo uri) {
        return respond(Problems.from(failure), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException failure, UriInfo uri) {
        return respond(Problems.from(failure), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException failure, UriInfo uri) {
        return respond(Problems.from(failure), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, UriInfo uri) {
        return respond(Problems.from(failure), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        Problem withInstance = problem.instance() == null && uri != null
                ? problem.withInstance(uri.getRequestUri().getRawPath())
                : problem;
        return Response.status(withInstance.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(withInstance)
                .build();
    }
}
