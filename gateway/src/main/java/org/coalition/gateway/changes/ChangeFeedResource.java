package org.coalition.gateway.changes;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coalition.kit.auth.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The ordered stream of every service's events, to pull what an integration missed")
public class ChangeFeedResource {

    private final ChangeFeedService service;

    public ChangeFeedResource(ChangeFeedService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Events since a cursor", description = "CloudEvents of every service in the order the gateway "
            + "received them, deletions, merges and erasures included, of the families the client's read scopes cover (person events need people:read). Start without a cursor, keep the returned "
            + "`next` and ask again with it: it is present even when nothing new has happened yet. Events are kept "
            + "for 30 days by default; an integration away longer resynchronises its lists with updatedSince.")
    public Response changes(
            @QueryParam("after") @Parameter(description = "The `next` of the previous answer; absent to start at the oldest kept event") String after,
            @QueryParam("types") @Parameter(description = "Comma-separated event types; a trailing * matches a family",
                    example = "org.coalition.partner.*,org.coalition.person.erased") String types,
            @QueryParam("limit") @Parameter(description = "1 to 500; 100 when absent") Integer limit,
            @Context UriInfo uri, @Context RoutingContext http) {
        ChangeFeedService.Changes changes = service.after(after, types, limit, http.get(Caller.SCOPES_KEY));
        return Response.ok(changes)
                .link(uri.getRequestUriBuilder().replaceQueryParam("after", changes.next()).build(), "next")
                .build();
    }
}
