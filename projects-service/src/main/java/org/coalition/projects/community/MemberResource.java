package org.coalition.projects.community;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/communities/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Community members", description = "The people of a community of practice and their roles")
public class MemberResource {

    private final MemberService service;
    private final Idempotency idempotency;

    public MemberResource(MemberService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add a member to a community",
            description = "409 when the person is a member already or was erased, or the affiliation is archived or merged;"
                    + " 422 when personId or affiliationPartnerId is unknown")
    public Response add(@PathParam("id") UUID id, @Valid MemberInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            CommunityMember member = service.add(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/communities").path(id.toString())
                            .path("members").path(member.personId.toString()).build())
                    .tag(ETags.of(member.version))
                    .entity(service.view(member))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List the members of a community", description = "Keyset pages in the order members were added")
    public Response list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(id, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{personId}")
    @Operation(summary = "Get a person's membership of a community")
    public Response get(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        return ok(service.get(id, personId));
    }

    @PUT
    @Path("/{personId}")
    @Operation(summary = "Replace a membership", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("personId") UUID personId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid MemberInput input) {
        return ok(service.replace(id, personId, ifMatch, input));
    }

    @PATCH
    @Path("/{personId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a membership (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("personId") UUID personId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, personId, ifMatch, patch));
    }

    @DELETE
    @Path("/{personId}")
    @Operation(summary = "Remove a membership recorded by mistake",
            description = "A member who left keeps their membership, with leftOn")
    public Response remove(@PathParam("id") UUID id, @PathParam("personId") UUID personId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, personId, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(CommunityMember member) {
        return Response.ok(service.view(member)).tag(ETags.of(member.version)).build();
    }
}
