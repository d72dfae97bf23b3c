package org.coalition.partners.group;

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
import org.coalition.partners.group.GroupApi.GroupInput;
import org.coalition.partners.group.GroupApi.MembershipInput;
import org.coalition.kit.paging.FilterValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "Coalitions, networks, working groups and committees, and their members")
public class GroupResource {

    private final GroupService service;
    private final Idempotency idempotency;

    public GroupResource(GroupService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Register a group")
    public Response create(@Valid GroupInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            PartnerGroup group = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/groups").path(group.id.toString()).build())
                    .tag(ETags.of(group.version)).entity(GroupMapper.toView(group, null)).build();
        });
    }

    @GET
    @Operation(summary = "List groups")
    public Response list(@QueryParam("kind") String kind, @QueryParam("country") String country,
            @QueryParam("parentGroupId") String parentGroupId, @QueryParam("partnerId") String partnerId,
            @QueryParam("personId") String personId, @QueryParam("q") String q, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        GroupKind groupKind = FilterValues.slug(GroupKind.class, kind, "kind", errors);
        FilterValues.country(country, "country", errors);
        FilterValues.text(q, "q", errors);
        UUID parent = FilterValues.id(parentGroupId, "parentGroupId", errors);
        UUID partner = FilterValues.id(partnerId, "partnerId", errors);
        UUID person = FilterValues.id(personId, "personId", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        GroupRepository.Criteria criteria =
                new GroupRepository.Criteria(groupKind, country, parent, partner, person, q);
        PageRequest page = PageRequest.byId(limit, cursor);
        return PageResponses.ok(Page.of(service.page(criteria, page), page, g -> Cursor.of(g.id.toString()),
                g -> GroupMapper.toView(g, language)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a group")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        PartnerGroup group = service.get(id);
        return Response.ok(GroupMapper.toView(group, language)).tag(ETags.of(group.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a group")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid GroupInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a group (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive a group")
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.archive(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/members")
    @Operation(summary = "Add an organisation or a person to a group")
    public Response addMember(@PathParam("id") UUID id, @Valid MembershipInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Membership membership = service.addMember(id, input);
            return Response.created(uri.getAbsolutePathBuilder().path(membership.id.toString()).build())
                    .tag(ETags.of(membership.version)).entity(GroupMapper.toView(membership)).build();
        });
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "List a group's members")
    public Response members(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PageRequest page = PageRequest.byId(limit, cursor);
        return PageResponses.ok(Page.of(service.members(id, page), page, m -> Cursor.of(m.id.toString()),
                GroupMapper::toView), uri);
    }

    @GET
    @Path("/{id}/members/{membershipId}")
    @Operation(summary = "Get a membership")
    public Response member(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId) {
        return ok(service.member(id, membershipId));
    }

    @PUT
    @Path("/{id}/members/{membershipId}")
    @Operation(summary = "Replace a membership (role, dates)")
    public Response replaceMember(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid MembershipInput input) {
        return ok(service.replaceMember(id, membershipId, ifMatch, input));
    }

    @DELETE
    @Path("/{id}/members/{membershipId}")
    @Operation(summary = "Remove a membership", description = "To keep it as history, set its end date instead")
    public Response removeMember(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeMember(id, membershipId, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(PartnerGroup group) {
        return Response.ok(GroupMapper.toView(group, null)).tag(ETags.of(group.version)).build();
    }

    private static Response ok(Membership membership) {
        return Response.ok(GroupMapper.toView(membership)).tag(ETags.of(membership.version)).build();
    }
}
