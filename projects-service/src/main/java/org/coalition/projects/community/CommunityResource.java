package org.coalition.projects.community;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.Valid;
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
import org.coalition.kit.csv.CsvExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Communities", description = "Communities of practice: cohorts who support each other through a year of policy projects")
public class CommunityResource {

    private static final int CSV_BATCH = 500;

    private final CommunityService service;
    private final Idempotency idempotency;

    public CommunityResource(CommunityService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Create a community of practice",
            description = "422 when facilitatorPartnerId is unknown, 409 when that organisation is archived or merged")
    public Response create(@Valid CommunityInput input, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Community community = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/communities").path(community.id.toString()).build())
                    .tag(ETags.of(community.version))
                    .entity(service.view(community))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List communities of practice",
            description = "Keyset pages in creation order; Accept: text/csv streams every match")
    public Response list(@BeanParam CommunityFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        CommunityFilter.Criteria criteria = filter.criteria();
        return PageResponses.ok(service.page(criteria, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Every matching community as CSV")
    public Response listCsv(@BeanParam CommunityFilter filter) {
        CommunityFilter.Criteria criteria = filter.criteria();
        return CsvExport.response("communities.csv", CommunityCsv.HEADER, cursor -> QuarkusTransaction.requiringNew()
                .call(() -> service.page(criteria, PageRequest.byId(CSV_BATCH, cursor))), CommunityCsv::row);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a community of practice")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a community of practice", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid CommunityInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a community of practice (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Close a community of practice",
            description = "It stays readable with its members and projects, with status closed")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.close(id, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(Community community) {
        return Response.ok(service.view(community)).tag(ETags.of(community.version)).build();
    }
}
