package org.coalition.projects.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/projects/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Peer feedback", description = "Members of a community of practice advising each other on their projects")
public class FeedbackResource {

    private final FeedbackService service;
    private final Idempotency idempotency;

    public FeedbackResource(FeedbackService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Give feedback on a project", description = "The author is a member of the project's community "
            + "and not one of its leads (422 otherwise)")
    public Response post(@PathParam("id") UUID id, @Valid @NotNull FeedbackInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            FeedbackView feedback = service.post(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects").path(id.toString())
                            .path("feedback").path(feedback.id().toString()).build())
                    .tag(ETags.of(feedback.version())).entity(feedback).build();
        });
    }

    @GET
    @Operation(summary = "List the feedback on a project", description = "Oldest first, in keyset pages")
    public Response list(@PathParam("id") UUID id, @BeanParam FeedbackFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(filter.criteria(id, null), PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{feedbackId}")
    @Operation(summary = "Get a piece of feedback")
    public Response get(@PathParam("id") UUID id, @PathParam("feedbackId") UUID feedbackId) {
        return ok(service.get(id, feedbackId));
    }

    @PUT
    @Path("/{feedbackId}")
    @Operation(summary = "Replace a piece of feedback", description = "The author stays the same; with If-Match, a stale version is 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("feedbackId") UUID feedbackId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FeedbackInput input) {
        return ok(service.replace(id, feedbackId, ifMatch, input));
    }

    @PATCH
    @Path("/{feedbackId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a piece of feedback (JSON Merge Patch)",
            description = "For example {\"resolved\": true} once the leads have acted on it")
    public Response patch(@PathParam("id") UUID id, @PathParam("feedbackId") UUID feedbackId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, feedbackId, ifMatch, patch));
    }

    @DELETE
    @Path("/{feedbackId}")
    @Operation(summary = "Remove a piece of feedback")
    public Response remove(@PathParam("id") UUID id, @PathParam("feedbackId") UUID feedbackId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, feedbackId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(FeedbackView feedback) {
        return Response.ok(feedback).tag(ETags.of(feedback.version())).build();
    }
}
