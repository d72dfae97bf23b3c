package org.coalition.kit.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemType;

/**
 * Once the process is told to stop (SIGTERM), answers every new request at once with a 503 problem,
 * {@code Retry-After: 1} and {@code Connection: close}, while the requests already accepted finish within
 * {@code quarkus.shutdown.timeout}.
 *
 * <p>Quarkus alone keeps serving new requests during its graceful shutdown (only adding
 * {@code Connection: close}); under steady traffic the requests in flight then never drop to zero, the
 * timeout expires and whatever is streaming at that moment (a CSV export) is cut off half-way. Refusing
 * new work lets the ones in flight drain and the process exit in seconds. In Kubernetes the pod's preStop
 * pause keeps it serving normally until the endpoint removal has reached every proxy.
 */
@ApplicationScoped
public class Draining {

    private static final int BEFORE_BODY_SIZE_LIMIT = 1100;

    private static volatile boolean draining;

    void register(@Observes Filters filters) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> draining = true, "coalition-draining"));
        filters.register(context -> {
            if (!draining) {
                context.next();
                return;
            }
            Problem problem = ProblemType.SERVICE_UNAVAILABLE
                    .problem("This instance is shutting down and accepts no new requests. Retry: another instance, "
                            + "or this one after its restart, will answer.")
                    .withInstance(context.request().path());
            context.response()
                    .setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, "1")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.encode(problem));
        }, BEFORE_BODY_SIZE_LIMIT);
    }
}
