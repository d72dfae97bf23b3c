package org.coalition.projects.project;

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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.coalition.kit.csv.CsvExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The policy projects members of a community of practice carry out")
public class ProjectResource {

    private static final int CSV_BATCH = 500;

    private final ProjectService service;
    private final Idempotency idempotency;

    public ProjectResource(ProjectService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Create a project",
            description = "422 when the community, a lead member or a participating organisation is unknown (a lead must be a member"
                    + " of the community); 409 when the community is closed or an organisation is archived or merged")
    public Response create(@Valid ProjectInput input, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Project project = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects").path(project.id.toString()).build())
                    .tag(ETags.of(project.version))
                    .entity(service.view(project))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List projects",
            description = "Keyset pages in creation order; Accept: text/csv streams every match")
    public Response list(@BeanParam ProjectFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        ProjectFilter.Criteria criteria = filter.criteria();
        return PageResponses.ok(service.page(criteria, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Every matching project as CSV")
    public Response listCsv(@BeanParam ProjectFilter filter) {
        ProjectFilter.Criteria criteria = filter.criteria();
        return CsvExport.response("projects.csv", ProjectCsv.HEADER, cursor -> QuarkusTransaction.requiringNew()
                .call(() -> service.page(criteria, PageRequest.byId(CSV_BATCH, cursor))), ProjectCsv::row);
    }

    @GET
    @Path("/statuses")
    @Operation(summary = "The project statuses, with their IATI ActivityStatus codes and the changes each allows")
    public List<StatusEntry> statuses() {
        return Arrays.stream(ProjectStatus.values())
                .map(s -> new StatusEntry(s.slug(), s.iatiCode(), s.next().stream().map(ProjectStatus::slug).toList()))
                .toList();
    }

    @GET
    @Path("/partner-roles")
    @Operation(summary = "The roles of participating organisations, with their IATI OrganisationRole codes")
    public List<RoleEntry> partnerRoles() {
        return Arrays.stream(PartnerRole.values()).map(r -> new RoleEntry(r.slug(), r.iatiCode())).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a project", description = "With If-Match, a stale version is refused with 412; "
            + "a status change that the transitions do not allow is 409")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ProjectInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a project (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Discontinue a project",
            description = "It stays readable with its milestones, with status discontinued; a completed project is 409")
    public Response discontinue(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.discontinue(id, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(Project project) {
        return Response.ok(service.view(project)).tag(ETags.of(project.version)).build();
    }

    /** A project status: its slug, IATI ActivityStatus code, and the statuses a change may move it to. */
    public record StatusEntry(String id, int iatiCode, List<String> next) {
    }

    /** A participating organisation's role: its slug and IATI OrganisationRole code. */
    public record RoleEntry(String id, int iatiCode) {
    }
}
