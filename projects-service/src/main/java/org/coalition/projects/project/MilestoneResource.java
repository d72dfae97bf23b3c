package org.coalition.projects.project;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/projects/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project milestones", description = "The steps a project plans to reach, and whether it did")
public class MilestoneResource {

    private final MilestoneService service;
    private final Idempotency idempotency;

    public MilestoneResource(MilestoneService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add a milestone to a project")
    public Response add(@PathParam("id") UUID id, @Valid MilestoneInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Milestone milestone = service.add(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects").path(id.toString())
                            .path("milestones").path(milestone.id.toString()).build())
                    .tag(ETags.of(milestone.version))
                    .entity(ProjectMapper.toView(milestone))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List the milestones of a project", description = "Keyset pages in the order milestones were added")
    public Response list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PageRequest page = PageRequest.byId(limit, cursor);
        return PageResponses.ok(Page.of(service.page(id, page), page, m -> Cursor.of(m.id.toString()),
                ProjectMapper::toView), uri);
    }

    @GET
    @Path("/{milestoneId}")
    @Operation(summary = "Get a milestone")
    public Response get(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        return ok(service.get(id, milestoneId));
    }

    @PUT
    @Path("/{milestoneId}")
    @Operation(summary = "Replace a milestone", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid MilestoneInput input) {
        return ok(service.replace(id, milestoneId, ifMatch, input));
    }

    @PATCH
    @Path("/{milestoneId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a milestone (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, milestoneId, ifMatch, patch));
    }

    @DELETE
    @Path("/{milestoneId}")
    @Operation(summary = "Remove a milestone", description = "A milestone that was not reached is kept with status missed")
    public Response remove(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, milestoneId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(Milestone milestone) {
        return Response.ok(ProjectMapper.toView(milestone)).tag(ETags.of(milestone.version)).build();
    }
}
