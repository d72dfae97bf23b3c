package org.coalition.gateway.webhooks;

import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.gateway.auth.Principal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Events delivered to an API client's URL, signed (Standard Webhooks)")
public class WebhookResource {

    private final WebhookService service;
    private final RoutingContext http;

    public WebhookResource(WebhookService service, RoutingContext http) {
        this.service = service;
        this.http = http;
    }

    @POST
    @Operation(summary = "Subscribe to events",
            description = "Events whose type matches are POSTed as CloudEvents JSON, signed with the returned secret "
                    + "(shown once). Only events of families the client may read are delivered.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "partners",
            value = "{\"url\":\"https://dashboard.example.org/hooks\",\"eventTypes\":[\"org.coalition.partner.*\"],\"description\":\"registry sync\"}")))
    public Response create(@Valid WebhookInput input, @Context UriInfo uri) {
        WebhookView created = service.create(input, Principal.of(http));
        return Response.created(uri.getBaseUriBuilder().path("v1/webhooks").path(created.id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List this client's webhook subscriptions")
    public Map<String, Object> list() {
        Map<String, Object> page = new HashMap<>();
        page.put("items", service.list(Principal.of(http)));
        page.put("next", null);
        return page;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook subscription", description = "Another client's subscriptions are 404.")
    public WebhookView get(@PathParam("id") UUID id) {
        return service.get(id, Principal.of(http));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook subscription")
    public Response delete(@PathParam("id") UUID id) {
        service.remove(id, Principal.of(http));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a test event", description = "Queues an org.coalition.webhook.test event; see its deliveries.")
    public Response test(@PathParam("id") UUID id) {
        UUID delivery = service.sendTest(id, Principal.of(http));
        return Response.accepted(Map.of("deliveryId", delivery)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The latest 100 deliveries of a subscription, with each attempt")
    public Map<String, List<DeliveryView>> deliveries(@PathParam("id") UUID id) {
        return Map.of("items", service.deliveries(id, Principal.of(http)));
    }
}
