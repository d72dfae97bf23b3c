package org.coalition.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.csv.CsvExport;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.paging.PageResponses;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.meetings.calendar.ICalendar;
import org.coalition.meetings.calendar.MeetingCalendar;
import org.coalition.meetings.statistics.RepresentationApi.Representation;
import org.coalition.meetings.statistics.RepresentationStatistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Where coalitions, working groups and communities of practice meet")
public class MeetingResource {

    private static final int CSV_BATCH = 500;

    private final MeetingService service;
    private final MeetingCalendar calendar;
    private final RepresentationStatistics representation;
    private final Idempotency idempotency;

    public MeetingResource(MeetingService service, MeetingCalendar calendar, RepresentationStatistics representation,
            Idempotency idempotency) {
        this.service = service;
        this.calendar = calendar;
        this.representation = representation;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Schedule a meeting",
            description = "422 when the group or a host organisation is unknown; 409 when one is archived or merged")
    public Response create(@Valid @NotNull MeetingInput input, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Meeting meeting = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(meeting.id.toString()).build())
                    .tag(ETags.of(meeting.version))
                    .entity(MeetingMapper.toView(meeting))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List meetings",
            description = "Keyset pages in order of start time; Accept: text/csv streams every match")
    public Response list(@BeanParam MeetingFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        MeetingFilter.Criteria criteria = filter.criteria();
        return PageResponses.ok(service.page(criteria, TimeKeyset.request(limit, cursor)), uri);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Every matching meeting as CSV")
    public Response listCsv(@BeanParam MeetingFilter filter) {
        MeetingFilter.Criteria criteria = filter.criteria();
        return CsvExport.response("meetings.csv", MeetingCsv.HEADER, cursor -> QuarkusTransaction.requiringNew()
                .call(() -> service.page(criteria, TimeKeyset.request(CSV_BATCH, cursor))), MeetingCsv::row);
    }

    @GET
    @Path("/calendar.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "A group's meetings as an iCalendar feed (RFC 5545)",
            description = "Subscribe to it in a calendar application; cancelled meetings stay in with STATUS:CANCELLED")
    public Response feed(@Parameter(description = "The convening group", required = true) @QueryParam("groupId") String groupId) {
        return Response.ok(calendar.feed(groupId), ICalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"meetings.ics\"")
                .build();
    }

    @GET
    @Path("/statistics/representation")
    @Operation(summary = "Who is in the room, and who gets to speak",
            description = "Participants and speakers counted by organisation type, country, subdivision, role and gender,"
                    + " over the meetings selected by time, group or id (each optional)")
    public Representation representation(
            @Parameter(description = "Meetings that end at or after this RFC 3339 time") @QueryParam("from") String from,
            @Parameter(description = "Meetings that start before this RFC 3339 time") @QueryParam("to") String to,
            @Parameter(description = "Meetings convened by this group") @QueryParam("groupId") String groupId,
            @Parameter(description = "One meeting") @QueryParam("meetingId") String meetingId) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime fromTime = FilterValues.time(from, "from", errors);
        OffsetDateTime toTime = FilterValues.time(to, "to", errors);
        UUID group = FilterValues.id(groupId, "groupId", errors);
        UUID meeting = FilterValues.id(meetingId, "meetingId", errors);
        if (fromTime != null && toTime != null && !toTime.isAfter(fromTime)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        FilterValues.failOn(errors);
        return representation.of(fromTime, toTime, group, meeting);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a meeting", description = "With Accept: text/calendar, as an iCalendar object")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @GET
    @Path("/{id}")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "Get a meeting as iCalendar (RFC 5545)")
    public Response getCalendar(@PathParam("id") UUID id) {
        Meeting meeting = service.get(id);
        return Response.ok(ICalendar.of(meeting.title, List.of(MeetingMapper.toView(meeting)), Instant.now()),
                        ICalendar.MEDIA_TYPE + "; charset=UTF-8")
                .tag(ETags.of(meeting.version))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a meeting", description = "With If-Match, a stale version is refused with 412; "
            + "status may move between planned and confirmed here, held and cancelled have their own operations (409 otherwise)")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a meeting (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a meeting scheduled by mistake",
            description = "With its agenda, participants, outcomes and documents. A held meeting, or one with action"
                    + " items, is 409: cancel it instead")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/hold")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Record that a meeting took place",
            description = "Only once it has started, and only from planned or confirmed (409 otherwise)")
    public Response hold(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.run(key, "hold", () -> ok(service.hold(id, ifMatch)));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a meeting, with a reason", description = "Only a planned or confirmed meeting (409 otherwise)")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CancelInput input) {
        return idempotency.run(key, input, () -> ok(service.cancel(id, ifMatch, input.reason())));
    }

    private static Response ok(Meeting meeting) {
        return Response.ok(MeetingMapper.toView(meeting)).tag(ETags.of(meeting.version)).build();
    }
}
