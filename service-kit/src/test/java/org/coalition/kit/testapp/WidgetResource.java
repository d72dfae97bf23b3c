package org.coalition.kit.testapp;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;

@Path("/v1/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

    private final WidgetService service;
    private final WidgetRepository widgets;
    private final Idempotency idempotency;

    public WidgetResource(WidgetService service, WidgetRepository widgets, Idempotency idempotency) {
        this.service = service;
        this.widgets = widgets;
        this.idempotency = idempotency;
    }

    @POST
    public Response create(@Valid WidgetInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            WidgetView created = service.create(input);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version()))
                    .entity(created)
                    .build();
        });
    }

    @POST
    @Path("/failing")
    public void createThenFail(@Valid WidgetInput input) {
        service.createThenFail(input);
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("tag") String tag, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PageRequest page = PageRequest.byId(limit, cursor);
        Page<WidgetView> result = Page.of(widgets.page(tag, page), page, w -> Cursor.of(w.id.toString()), WidgetView::of);
        return PageResponses.ok(result, uri);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        WidgetView widget = service.get(id);
        return Response.ok(widget).tag(ETags.of(widget.version())).build();
    }

    @PUT
    @Path("/{id}")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid WidgetInput input) {
        WidgetView widget = service.replace(id, ifMatch, input);
        return Response.ok(widget).tag(ETags.of(widget.version())).build();
    }
}
