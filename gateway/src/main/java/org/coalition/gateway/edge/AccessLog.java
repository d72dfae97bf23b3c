package org.coalition.gateway.edge;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * One line per request, written when the response has ended (or the connection dropped): request id,
 * client id, method, route, status and duration. The query string is left out, as it may hold
 * personal data (e-mail filters, search terms).
 */
@ApplicationScoped
public class AccessLog {

    /** The client the authentication filter recognised, if any. */
    public static final String CLIENT_ID_KEY = "coalition.clientId";
    /** The service a request was routed to; absent for the gateway's own endpoints. */
    public static final String ROUTE_KEY = "coalition.route";

    private static final Logger LOG = Logger.getLogger("org.coalition.gateway.access");

    void track(RoutingContext rc) {
        long start = System.nanoTime();
        rc.addEndHandler(ended -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            String route = rc.get(ROUTE_KEY);
            String clientId = rc.get(CLIENT_ID_KEY);
            LOG.infof("requestId=%s clientId=%s method=%s path=%s route=%s status=%d durationMs=%d%s",
                    rc.get(RequestIds.CONTEXT_KEY), clientId == null ? "-" : clientId, rc.request().method(),
                    rc.request().path(), route == null ? "gateway" : route, rc.response().getStatusCode(), millis,
                    ended.succeeded() ? "" : " aborted=true");
        });
    }
}
