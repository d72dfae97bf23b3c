package org.coalition.gateway;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stands in for a downstream service in tests: answers one path with the headers the gateway would
 * forward, after the access filters have run and before any route.
 */
@ApplicationScoped
public class ForwardedRequestEcho {

    public static final String PATH = "/v1/partners/echo-forwarded";

    @RouteFilter(1)
    void echo(RoutingContext context) {
        if (!context.request().path().equals(PATH)) {
            context.next();
            return;
        }
        JsonObject echo = new JsonObject()
                .put("authorization", context.request().getHeader("Authorization"))
                .put("apiKey", context.request().getHeader("X-API-Key"))
                .put("clientId", (String) context.get("coalition.clientId"));
        context.response().putHeader("Content-Type", "application/json").end(echo.encode());
    }
}
