package org.coalition.projects.actionitem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/projects/{id}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project action items", description = "The action items meetings agreed for a project, kept current from meetings-service's events")
public class ActionItemResource {

    private final ActionItemService service;

    public ActionItemResource(ActionItemService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the action items linked to a project", description = "Manage them at /v1/action-items; "
            + "a change there shows here within moments")
    public Response list(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "open, in-progress, done or dropped") String status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(id, status, PageRequest.byId(limit, cursor)), uri);
    }
}
