package org.coalition.projects.progress;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.coalition.kit.problem.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/projects/{id}/updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project progress updates",
        description = "Progress reports written by members and reviewed by a facilitator before they count: "
                + "draft → submitted → approved, or returned to the author for revision")
public class ProgressResource {

    private final ProgressService service;
    private final Idempotency idempotency;

    public ProgressResource(ProgressService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Write a progress update", description = "Starts as a draft; the author must be a member of the project's community")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull UpdateInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            UpdateView update = service.create(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects").path(id.toString())
                            .path("updates").path(update.id().toString()).build())
                    .tag(ETags.of(update.version())).entity(update).build();
        });
    }

    @GET
    @Operation(summary = "List the progress updates of a project", description = "Keyset pages in the order updates were written")
    public Response list(@PathParam("id") UUID id,
            @QueryParam("review") @Parameter(description = "draft, submitted, approved or returned") String review,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        ReviewStatus status = FilterValues.slug(ReviewStatus.class, review, "review", errors);
        FilterValues.failOn(errors);
        return PageResponses.ok(service.page(id, status, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{updateId}")
    @Operation(summary = "Get a progress update")
    public Response get(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId) {
        return ok(service.get(id, updateId));
    }

    @PUT
    @Path("/{updateId}")
    @Operation(summary = "Revise a progress update", description = "Only drafts and returned updates; the author stays the same. "
            + "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UpdateInput input) {
        return ok(service.replace(id, updateId, ifMatch, input));
    }

    @PATCH
    @Path("/{updateId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Revise some fields of a progress update (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, updateId, ifMatch, patch));
    }

    @POST
    @Path("/{updateId}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit an update for review", description = "A draft or returned update becomes submitted; otherwise 409")
    public Response submit(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.submit(id, updateId, ifMatch));
    }

    @POST
    @Path("/{updateId}/approve")
    @Operation(summary = "Approve a submitted update", description = "By a facilitator of the community who is not the author; "
            + "from then on the update counts in the statistics and cannot change")
    public Response approve(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReviewInput input) {
        return ok(service.approve(id, updateId, ifMatch, input));
    }

    @POST
    @Path("/{updateId}/return")
    @Operation(summary = "Return a submitted update to its author", description = "By a facilitator, with a comment saying what to change")
    public Response sendBack(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReviewInput input) {
        return ok(service.sendBack(id, updateId, ifMatch, input));
    }

    @DELETE
    @Path("/{updateId}")
    @Operation(summary = "Remove a draft or returned update", description = "Submitted and approved updates stay (409)")
    public Response remove(@PathParam("id") UUID id, @PathParam("updateId") UUID updateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, updateId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(UpdateView update) {
        return Response.ok(update).tag(ETags.of(update.version())).build();
    }
}
