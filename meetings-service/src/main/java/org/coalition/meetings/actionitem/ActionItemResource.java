package org.coalition.meetings.actionitem;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.csv.CsvExport;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.meetings.actionitem.ActionItemApi.ActionItemInput;
import org.coalition.meetings.actionitem.ActionItemApi.ActionItemView;
import org.coalition.meetings.actionitem.ActionItemApi.Statistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items", description = "What was agreed at a meeting, who does it, by when, and whether it was done")
public class ActionItemResource {

    private static final int CSV_BATCH = 500;
    private static final List<String> CSV_HEADER = List.of("id", "meetingId", "title", "description", "ownerPersonId",
            "ownerPartnerId", "dueOn", "status", "projectId", "completedAt", "createdAt", "updatedAt", "version");

    private final ActionItemService service;
    private final ActionItemStatistics statistics;
    private final Idempotency idempotency;

    public ActionItemResource(ActionItemService service, ActionItemStatistics statistics, Idempotency idempotency) {
        this.service = service;
        this.statistics = statistics;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Create an action item",
            description = "422 when the meeting or an owner is unknown; 409 when the meeting was cancelled or an owner is"
                    + " archived, merged or erased")
    public Response create(@Valid ActionItemInput input, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            ActionItem item = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/action-items").path(item.id.toString()).build())
                    .tag(ETags.of(item.version))
                    .entity(ActionItemService.toView(item))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List action items", description = "Keyset pages in creation order; Accept: text/csv streams every match")
    public Response list(@BeanParam ActionItemFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        ActionItemFilter.Criteria criteria = filter.criteria();
        return PageResponses.ok(service.page(criteria, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Every matching action item as CSV")
    public Response listCsv(@BeanParam ActionItemFilter filter) {
        ActionItemFilter.Criteria criteria = filter.criteria();
        return CsvExport.response("action-items.csv", CSV_HEADER, cursor -> QuarkusTransaction.requiringNew()
                .call(() -> service.page(criteria, PageRequest.byId(CSV_BATCH, cursor))), ActionItemResource::row);
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Follow-through of action items: open, done, done on time, overdue",
            description = "Over the action items of the meetings of groupId that start between from and to (each optional)")
    public Statistics statistics(
            @Parameter(description = "Meetings convened by this group") @QueryParam("groupId") String groupId,
            @Parameter(description = "Meetings that start at or after this RFC 3339 time") @QueryParam("from") String from,
            @Parameter(description = "Meetings that start before this RFC 3339 time") @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        UUID group = FilterValues.id(groupId, "groupId", errors);
        var fromTime = FilterValues.time(from, "from", errors);
        var toTime = FilterValues.time(to, "to", errors);
        if (fromTime != null && toTime != null && !toTime.isAfter(fromTime)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        FilterValues.failOn(errors);
        return statistics.of(group, fromTime, toTime);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an action item")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an action item", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionItemInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an action item (JSON Merge Patch)",
            description = "e.g. {\"status\": \"done\"}, which sets completedAt to now unless given")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Drop an action item", description = "It stays readable with status dropped")
    public Response drop(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.drop(id, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(ActionItem item) {
        return Response.ok(ActionItemService.toView(item)).tag(ETags.of(item.version)).build();
    }

    private static List<String> row(ActionItemView a) {
        return Arrays.asList(a.id().toString(), a.meetingId().toString(), a.title(), a.description(),
                CsvExport.cell(a.ownerPersonId()), CsvExport.cell(a.ownerPartnerId()), CsvExport.cell(a.dueOn()),
                a.status().slug(), CsvExport.cell(a.projectId()), CsvExport.cell(a.completedAt()),
                a.createdAt().toString(), a.updatedAt().toString(), Long.toString(a.version()));
    }
}
