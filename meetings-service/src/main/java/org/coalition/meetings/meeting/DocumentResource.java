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
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.coalition.meetings.meeting.RecordApi.DocumentInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/meetings/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting documents", description = "Minutes, policy briefs, presentations and reports of a meeting")
public class DocumentResource {

    private final DocumentService service;
    private final Idempotency idempotency;

    public DocumentResource(DocumentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add a document to a meeting")
    public Response add(@PathParam("id") UUID id, @Valid DocumentInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            MeetingDocument document = service.add(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(id.toString())
                            .path("documents").path(document.id.toString()).build())
                    .tag(ETags.of(document.version))
                    .entity(DocumentService.toView(document))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List the documents of a meeting", description = "Keyset pages in the order they were added")
    public Response list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(id, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{documentId}")
    @Operation(summary = "Get a document")
    public Response get(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return ok(service.get(id, documentId));
    }

    @PUT
    @Path("/{documentId}")
    @Operation(summary = "Replace a document", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DocumentInput input) {
        return ok(service.replace(id, documentId, ifMatch, input));
    }

    @PATCH
    @Path("/{documentId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a document (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, documentId, ifMatch, patch));
    }

    @DELETE
    @Path("/{documentId}")
    @Operation(summary = "Remove a document")
    public Response remove(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, documentId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(MeetingDocument document) {
        return Response.ok(DocumentService.toView(document)).tag(ETags.of(document.version)).build();
    }
}
