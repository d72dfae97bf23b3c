package org.coalition.meetings.meeting;

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
import org.coalition.meetings.meeting.RecordApi.OutcomeInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/meetings/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting outcomes", description = "Takeaways, decisions, commitments and recommendations of a meeting")
public class OutcomeResource {

    private final OutcomeService service;
    private final Idempotency idempotency;

    public OutcomeResource(OutcomeService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Record an outcome of a meeting", description = "422 when agendaItemId is not an item of this meeting")
    public Response record(@PathParam("id") UUID id, @Valid OutcomeInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Outcome outcome = service.record(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(id.toString())
                            .path("outcomes").path(outcome.id.toString()).build())
                    .tag(ETags.of(outcome.version))
                    .entity(OutcomeService.toView(outcome))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List the outcomes of a meeting", description = "Keyset pages in the order they were recorded")
    public Response list(@PathParam("id") UUID id,
            @Parameter(description = "takeaway, decision, commitment or recommendation") @QueryParam("kind") String kind,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        OutcomeKind kindValue = FilterValues.slug(OutcomeKind.class, kind, "kind", errors);
        FilterValues.failOn(errors);
        return PageResponses.ok(service.page(id, kindValue, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{outcomeId}")
    @Operation(summary = "Get an outcome")
    public Response get(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId) {
        return ok(service.get(id, outcomeId));
    }

    @PUT
    @Path("/{outcomeId}")
    @Operation(summary = "Replace an outcome", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid OutcomeInput input) {
        return ok(service.replace(id, outcomeId, ifMatch, input));
    }

    @PATCH
    @Path("/{outcomeId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an outcome (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, outcomeId, ifMatch, patch));
    }

    @DELETE
    @Path("/{outcomeId}")
    @Operation(summary = "Remove an outcome")
    public Response remove(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, outcomeId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(Outcome outcome) {
        return Response.ok(OutcomeService.toView(outcome)).tag(ETags.of(outcome.version)).build();
    }
}
