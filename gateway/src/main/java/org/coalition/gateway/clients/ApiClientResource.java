package org.coalition.gateway.clients;

import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coalition.gateway.auth.Principal;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "Who may call the API, with which scopes (admin, or a client itself)")
public class ApiClientResource {

    private static final String NO_STORE = "no-store";

    private final ApiClientService service;
    private final RoutingContext http;

    public ApiClientResource(ApiClientService service, RoutingContext http) {
        this.service = service;
        this.http = http;
    }

    @POST
    @Operation(summary = "Create an API client (admin)",
            description = "Returns the client with its apiKey and clientSecret, shown this once; the gateway keeps only their hashes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "dashboard",
            value = "{\"name\":\"PESWG dashboard\",\"scopes\":[\"partners:read\",\"meetings:read\"],\"rateLimitPerMinute\":600}")))
    public Response create(@Valid ApiClientInput input, @Context UriInfo uri) {
        Principal caller = Principal.of(http);
        if (!caller.isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only an admin may create API clients.");
        }
        ApiClientView created = service.create(input);
        return Response.created(uri.getBaseUriBuilder().path("v1/api-clients").path(created.id().toString()).build())
                .header("Cache-Control", NO_STORE)
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an API client", description = "An admin sees every client; a client only itself (others are 404).")
    public ApiClientView get(@PathParam("id") UUID id) {
        return service.get(id, Principal.of(http));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API client", description = "Its key, secret and tokens stop working on the next request.")
    public Response revoke(@PathParam("id") UUID id) {
        service.revoke(id, Principal.of(http));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rotate an API client's credentials",
            description = "Returns a new apiKey and clientSecret, shown this once; the old ones stop working at once.")
    public Response rotate(@PathParam("id") UUID id) {
        return Response.ok(service.rotate(id, Principal.of(http))).header("Cache-Control", NO_STORE).build();
    }
}
