package org.coalition.projects.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/v1/projects/{id}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project indicators", description = "Results as in IATI: an indicator with a baseline and a target, "
        + "and measured values over time")
public class IndicatorResource {

    private final IndicatorService service;
    private final Idempotency idempotency;

    public IndicatorResource(IndicatorService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add an indicator to a project")
    public Response add(@PathParam("id") UUID id, @Valid @NotNull IndicatorInput input,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            IndicatorView indicator = service.add(id, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects").path(id.toString())
                            .path("indicators").path(indicator.id().toString()).build())
                    .tag(ETags.of(indicator.version())).entity(indicator).build();
        });
    }

    @GET
    @Operation(summary = "List the indicators of a project", description = "Each with its latest measurement and progress towards the target")
    public Response list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(id, PageRequest.byId(limit, cursor)), uri);
    }

    @GET
    @Path("/{indicatorId}")
    @Operation(summary = "Get an indicator")
    public Response get(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId) {
        return ok(service.get(id, indicatorId));
    }

    @PUT
    @Path("/{indicatorId}")
    @Operation(summary = "Replace an indicator", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IndicatorInput input) {
        return ok(service.replace(id, indicatorId, ifMatch, input));
    }

    @PATCH
    @Path("/{indicatorId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an indicator (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, indicatorId, ifMatch, patch));
    }

    @DELETE
    @Path("/{indicatorId}")
    @Operation(summary = "Remove an indicator with its measurements")
    public Response remove(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, indicatorId, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{indicatorId}/measurements")
    @Operation(summary = "Record a measured value", description = "One per date (409 for a second); on or after the baseline date and not in the future (422)")
    public Response measure(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @Valid @NotNull MeasurementInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            MeasurementView measurement = service.measure(id, indicatorId, input);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects").path(id.toString())
                            .path("indicators").path(indicatorId.toString()).path("measurements")
                            .path(measurement.id().toString()).build())
                    .entity(measurement).build();
        });
    }

    @GET
    @Path("/{indicatorId}/measurements")
    @Operation(summary = "List an indicator's measurements", description = "In date order, oldest first")
    public Response measurements(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.measurements(id, indicatorId, limit, cursor), uri);
    }

    @GET
    @Path("/{indicatorId}/measurements/{measurementId}")
    @Operation(summary = "Get a measurement")
    public MeasurementView measurement(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId) {
        return service.measurement(id, indicatorId, measurementId);
    }

    @DELETE
    @Path("/{indicatorId}/measurements/{measurementId}")
    @Operation(summary = "Remove a measurement recorded by mistake")
    public Response removeMeasurement(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId) {
        service.removeMeasurement(id, indicatorId, measurementId);
        return Response.noContent().build();
    }

    private static Response ok(IndicatorView indicator) {
        return Response.ok(indicator).tag(ETags.of(indicator.version())).build();
    }
}
