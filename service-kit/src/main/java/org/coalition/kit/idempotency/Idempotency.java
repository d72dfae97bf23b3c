package org.coalition.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coalition.kit.auth.Caller;
import org.coalition.kit.config.KitConfig;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * Idempotency-Key for POST: the first request under a key runs and its response is stored in the same
 * transaction as its effect; a retry with the same key and the same body gets that response again
 * (with {@code Idempotent-Replayed: true}); the same key with another body is a 422.
 *
 * <p>Concurrent duplicates yield one effect: the first claims the key with an insert that the others
 * wait on, and they read its stored response once it commits. If it fails and rolls back, the key is
 * free again and the next attempt runs.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final List<String> STORED_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);

    private final EntityManager entityManager;
    private final ObjectMapper canonicalMapper;
    private final ObjectMapper mapper;
    private final KitConfig config;
    private final RoutingContext http;

    public Idempotency(EntityManager entityManager, ObjectMapper mapper, KitConfig config, RoutingContext http) {
        this.http = http;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.canonicalMapper = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.config = config;
    }

    /**
     * Runs {@code action} once per key. Keys are scoped to the request's method and path, so the same key
     * sent to two resources (two meetings' participants, say) never meets, and so is the API client the
     * gateway vouched for, so that two clients' keys never meet either. {@code request} is the parsed body, whose
     * JSON (map entries sorted) is the fingerprint, so the same content in another key order is the same request. Without a key the action simply runs.
     */
    @Transactional
    public Response run(String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        validate(key);
        String client = Caller.clientIdOf(http);
        String scope = (client == null ? "" : client + " ") + http.request().method().name() + " " + http.request().path();
        String fingerprint = fingerprint(scope, request);
        entityManager.createNativeQuery(
                        "delete from kit_idempotency_key where scope = ?1 and idem_key = ?2 and expires_at < now()")
                .setParameter(1, scope)
                .setParameter(2, key)
                .executeUpdate();
        int claimed = entityManager.createNativeQuery("""
                        insert into kit_idempotency_key (scope, idem_key, fingerprint, expires_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, Instant.now().plus(config.idempotency().retention()))
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, scope, fingerprint);
        }
        Response response = action.get();
        store(key, scope, response);
        return response;
    }

    private Response replay(String key, String scope, String fingerprint) {
        Object[] stored = (Object[]) entityManager.createNativeQuery(
                        "select fingerprint, status, headers, body from kit_idempotency_key where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getSingleResult();
        if (!fingerprint.equals(stored[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was already used with a different request body. Use a new key for a new request.");
        }
        Response.ResponseBuilder replay = Response.status(((Number) stored[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        readHeaders((String) stored[2]).forEach(replay::header);
        if (stored[3] != null) {
            replay.entity(stored[3]);
        }
        return replay.build();
    }

    private void store(String key, String scope, Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : STORED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        byte[] body = null;
        if (response.hasEntity()) {
            body = json(response.getEntity());
            headers.putIfAbsent(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        entityManager.createNativeQuery("""
                        update kit_idempotency_key set status = ?3, headers = ?4, body = ?5
                        where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, new String(json(headers), StandardCharsets.UTF_8))
                .setParameter(5, body)
                .executeUpdate();
    }

    /** Keys past their retention are only dead weight: a retry that late runs as a new request. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        entityManager.createNativeQuery("delete from kit_idempotency_key where expires_at < now()").executeUpdate();
    }

    private static void validate(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ProblemException(ProblemType.BAD_HEADER, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters; a UUID is a good choice.");
        }
    }

    private String fingerprint(String scope, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(scope.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(canonicalMapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }

    private Map<String, String> readHeaders(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response headers are not JSON", e);
        }
    }
}
