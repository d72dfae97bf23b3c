package org.coalition.partners.partnership;

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
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.partners.partnership.PartnershipApi.PartnershipInput;
import org.coalition.kit.paging.FilterValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Relations between two or more organisations")
public class PartnershipResource {

    private final PartnershipService service;
    private final Idempotency idempotency;

    public PartnershipResource(PartnershipService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Register a partnership")
    public Response create(@Valid PartnershipInput input, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Partnership partnership = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/partnerships").path(partnership.id.toString())
                            .build())
                    .tag(ETags.of(partnership.version)).entity(PartnershipService.toView(partnership)).build();
        });
    }

    @GET
    @Operation(summary = "List partnerships")
    public Response list(@QueryParam("partnerId") String partnerId, @QueryParam("kind") String kind,
            @QueryParam("status") String status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        UUID partner = FilterValues.id(partnerId, "partnerId", errors);
        PartnershipApi.Kind kindValue = FilterValues.slug(PartnershipApi.Kind.class, kind, "kind", errors);
        PartnershipApi.Status statusValue = FilterValues.slug(PartnershipApi.Status.class, status, "status", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        PartnershipRepository.Criteria criteria = new PartnershipRepository.Criteria(partner, kindValue,
                statusValue);
        PageRequest page = PageRequest.byId(limit, cursor);
        return PageResponses.ok(Page.of(service.page(criteria, page), page, p -> Cursor.of(p.id.toString()),
                PartnershipService::toView), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a partnership")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a partnership")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid PartnershipInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a partnership (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a partnership", description = "To keep it as history, set its status to ended instead")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(Partnership partnership) {
        return Response.ok(PartnershipService.toView(partnership)).tag(ETags.of(partnership.version)).build();
    }
}
