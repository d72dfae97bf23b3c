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
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.PageResponses;
import org.coalition.meetings.meeting.AgendaApi.AgendaItemInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/meetings/{id}/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting agenda", description = "The time slots of a meeting, their format and speakers")
public class AgendaItemResource {

    private final AgendaItemService service;
    private final Idempotency idempotency;

    public AgendaItemResource(AgendaItemService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add an agenda item",
            description = "400 when it does not lie within the meeting; 422 when a speaker is unknown, 409 when archived, merged or erased")
    public Response add(@PathParam("id") UUID id, @Valid AgendaItemInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            AgendaItem item = service.add(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(id.toString())
                            .path("agenda-items").path(item.id.toString()).build())
                    .tag(ETags.of(item.version))
                    .entity(service.view(item))
                    .build();
        });
    }

    @GET
    @Operation(summary = "The agenda of a meeting", description = "Keyset pages in time order, speakers with their current names")
    public Response list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(id, TimeKeyset.request(limit, cursor)), uri);
    }

    @GET
    @Path("/{itemId}")
    @Operation(summary = "Get an agenda item")
    public Response get(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return ok(service.get(id, itemId));
    }

    @PUT
    @Path("/{itemId}")
    @Operation(summary = "Replace an agenda item", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid AgendaItemInput input) {
        return ok(service.replace(id, itemId, ifMatch, input));
    }

    @PATCH
    @Path("/{itemId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an agenda item (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, itemId, ifMatch, patch));
    }

    @DELETE
    @Path("/{itemId}")
    @Operation(summary = "Remove an agenda item", description = "Outcomes recorded under it stay, no longer tied to it")
    public Response remove(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, itemId, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(AgendaItem item) {
        return Response.ok(service.view(item)).tag(ETags.of(item.version)).build();
    }
}
