package org.coalition.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.ext.web.RoutingContext;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.coalition.gateway.auth.AccessConfig;
import org.coalition.gateway.auth.AccessFilter;
import org.coalition.gateway.auth.Principal;
import org.coalition.kit.auth.Caller;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * Requests per client and minute, counted in Redis (one key per client and fixed minute window), so
 * that the limit holds however many gateway replicas serve the client. Every response to an
 * authenticated request carries RateLimit-Limit, -Remaining and -Reset; past the limit it is a 429
 * with Retry-After. Redis down or slow means fail-open: served uncounted, logged and counted.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final int WINDOW_SECONDS = 60;
    private static final long LOG_EVERY_MILLIS = 10_000;
    /** Counts the request and starts the key's expiry with the window, in one round trip. */
    private static final String COUNT = "local c = redis.call('INCR', KEYS[1]) "
            + "if c == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return c";

    private final RedisAPI redis;
    private final AccessConfig.RateLimit config;
    private final Counter failOpen;
    private final AtomicLong lastLogged = new AtomicLong();

    public RateLimitFilter(RedisAPI redis, AccessConfig config, MeterRegistry registry) {
        this.redis = redis;
        this.config = config.rateLimit();
        this.failOpen = Counter.builder("coalition.ratelimit.failopen")
                .description("Requests served without a rate-limit count because Redis did not answer")
                .register(registry);
    }

    /** Between authentication and authorization: refused requests count too. */
    @RouteFilter(AccessFilter.PRIORITY - 10)
    void limit(RoutingContext context) {
        String clientId = context.get(Caller.CLIENT_ID_KEY);
        if (clientId == null) {
            context.next();
            return;
        }
        Integer own = context.get(Principal.RATE_LIMIT_KEY);
        int limit = own != null ? own : config.defaultPerMinute();
        long now = Instant.now().getEpochSecond();
        long window = now / WINDOW_SECONDS;
        long reset = (window + 1) * WINDOW_SECONDS - now;
        String key = "coalition:ratelimit:" + clientId + ":" + window;
        withTimeout(context, redis.eval(List.of(COUNT, "1", key, Integer.toString(WINDOW_SECONDS + 5))))
                .onComplete(counted -> {
                    if (counted.failed() || counted.result() == null) {
                        failOpen(counted.cause());
                        context.next();
                        return;
                    }
                    long count = counted.result().toLong();
                    long remaining = Math.max(0, limit - count);
                    context.addHeadersEndHandler(ignored -> context.response()
                            .putHeader("RateLimit-Limit", Integer.toString(limit))
                            .putHeader("RateLimit-Remaining", Long.toString(remaining))
                            .putHeader("RateLimit-Reset", Long.toString(reset)));
                    if (count > limit) {
                        context.response().putHeader("Retry-After", Long.toString(reset));
                        Problem problem = ProblemType.TOO_MANY_REQUESTS.problem("This API client may make " + limit
                                + " requests a minute; try again in " + reset + " seconds.")
                                .withInstance(context.request().path());
                        context.response()
                                .setStatusCode(429)
                                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Cache-Control", "no-store")
                                .end(io.vertx.core.json.Json.encode(problem));
                        return;
                    }
                    context.next();
                });
    }

    private Future<Response> withTimeout(RoutingContext context, Future<Response> call) {
        Promise<Response> result = Promise.promise();
        long timer = context.vertx().setTimer(config.redisTimeout().toMillis(),
                ignored -> result.tryFail("Redis did not answer within " + config.redisTimeout().toMillis() + " ms"));
        call.onComplete(done -> {
            context.vertx().cancelTimer(timer);
            if (done.succeeded()) {
                result.tryComplete(done.result());
            } else {
                result.tryFail(done.cause());
            }
        });
        return result.future();
    }

    private void failOpen(Throwable cause) {
        failOpen.increment();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("Rate limits are not enforced: Redis does not answer (%s). Serving requests uncounted.",
                    cause == null ? "no reply" : cause.getMessage());
        }
    }
}
