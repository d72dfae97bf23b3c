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
import org.coalition.meetings.meeting.ParticipantApi.BatchOutcome;
import org.coalition.meetings.meeting.ParticipantApi.BatchRequest;
import org.coalition.meetings.meeting.ParticipantApi.ParticipantInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/meetings/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting participants", description = "Who was invited, who registered, who came, and in what role")
public class ParticipantResource {

    private final ParticipantService service;
    private final ParticipantBatch batch;
    private final Idempotency idempotency;

    public ParticipantResource(ParticipantService service, ParticipantBatch batch, Idempotency idempotency) {
        this.service = service;
        this.batch = batch;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add a participant to a meeting",
            description = "422 when the person or organisation is unknown; 409 when it is archived, merged or erased, when"
                    + " the person already takes part, or when the meeting was cancelled")
    public Response add(@PathParam("id") UUID id, @Valid ParticipantInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Participant participant = service.add(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(id.toString())
                            .path("participants").path(participant.id.toString()).build())
                    .tag(ETags.of(participant.version))
                    .entity(service.view(participant))
                    .build();
        });
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Add up to 1,000 participants at once",
            description = "Each item succeeds or fails on its own; the response lists one result per item, in order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchOutcome.class)))
    public Response batch(@PathParam("id") UUID id, @Valid BatchRequest request,
            @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.run(key, request, () -> Response.ok(batch.run(id, request)).build());
    }

    @GET
    @Operation(summary = "List the participants of a meeting",
            description = "Keyset pages in the order they were added, with current names from partners-service")
    public Response list(@PathParam("id") UUID id,
            @Parameter(description = "organiser, speaker, facilitator, participant or observer") @QueryParam("role") String role,
            @Parameter(description = "invited, registered, attended, no-show or declined") @QueryParam("status") String status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        ParticipantRole roleValue = FilterValues.slug(ParticipantRole.class, role, "role", errors);
        ParticipantStatus statusValue = FilterValues.slug(ParticipantStatus.class, status, "status", errors);
        FilterValues.failOn(errors);
        return PageResponses.ok(service.page(id, roleValue, statusValue, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{participantId}")
    @Operation(summary = "Get a participant")
    public Response get(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return ok(service.get(id, participantId));
    }

    @PUT
    @Path("/{participantId}")
    @Operation(summary = "Replace a participant", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ParticipantInput input) {
        return ok(service.replace(id, participantId, ifMatch, input));
    }

    @PATCH
    @Path("/{participantId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a participant (JSON Merge Patch)", description = "e.g. {\"status\": \"attended\"}")
    public Response patch(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, participantId, ifMatch, patch));
    }

    @DELETE
    @Path("/{participantId}")
    @Operation(summary = "Remove a participant added by mistake",
            description = "Someone who will not come is better kept with status declined")
    public Response remove(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, participantId, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(Participant participant) {
        return Response.ok(service.view(participant)).tag(ETags.of(participant.version)).build();
    }
}
