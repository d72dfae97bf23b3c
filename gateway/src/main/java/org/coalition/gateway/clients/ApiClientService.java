package org.coalition.gateway.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coalition.gateway.auth.Principal;
import org.coalition.gateway.auth.Scopes;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * API clients and their credentials. Nothing here is cached: a revoked or rotated credential fails on
 * the very next request, whichever replica serves it.
 */
@ApplicationScoped
public class ApiClientService {

    private final ApiClientRepository clients;

    public ApiClientService(ApiClientRepository clients) {
        this.clients = clients;
    }

    @Transactional
    public ApiClientView create(ApiClientInput input) {
        ApiClient client = new ApiClient();
        client.id = Ids.newId();
        client.name = input.name().strip();
        client.scopes = checkedScopes(input.scopes());
        client.rateLimitPerMinute = input.rateLimitPerMinute();
        client.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String apiKey = Secrets.newApiKey();
        String clientSecret = Secrets.newClientSecret();
        client.keyHash = Secrets.hash(apiKey);
        client.secretHash = Secrets.hash(clientSecret);
        clients.persist(client);
        return ApiClientView.withCredentials(client, apiKey, clientSecret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiClientView get(UUID id, Principal caller) {
        return ApiClientView.of(visible(id, caller));
    }

    /** Revokes at once: the client's key, secret and tokens stop working on the next request. */
    @Transactional
    public void revoke(UUID id, Principal caller) {
        clients.delete(visible(id, caller));
    }

    @Transactional
    public ApiClientView rotate(UUID id, Principal caller) {
        ApiClient client = visible(id, caller);
        String apiKey = Secrets.newApiKey();
        String clientSecret = Secrets.newClientSecret();
        client.keyHash = Secrets.hash(apiKey);
        client.secretHash = Secrets.hash(clientSecret);
        client.rotatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return ApiClientView.withCredentials(client, apiKey, clientSecret);
    }

    /** The client holding this API key, if any. */
    @Transactional
    public Optional<Principal> byApiKey(String apiKey) {
        return clients.byKeyHash(Secrets.hash(apiKey))
                .filter(client -> Secrets.matches(apiKey, client.keyHash))
                .map(ApiClientService::principal);
    }

    /** The client with this id and secret, if both match. */
    @Transactional
    public Optional<Principal> byIdAndSecret(String clientId, String secret) {
        return parse(clientId).flatMap(clients::findByIdOptional)
                .filter(client -> Secrets.matches(secret, client.secretHash))
                .map(ApiClientService::principal);
    }

    /**
     * The client a gateway-issued token names, if it still exists and its credentials were not rotated
     * after the token was issued: revocation and rotation end tokens too, not only keys.
     */
    @Transactional
    public Optional<Principal> current(String clientId, Instant tokenIssuedAt) {
        return parse(clientId).flatMap(clients::findByIdOptional)
                .filter(client -> client.rotatedAt == null
                        || !tokenIssuedAt.isBefore(client.rotatedAt.truncatedTo(ChronoUnit.SECONDS)))
                .map(ApiClientService::principal);
    }

    private ApiClient visible(UUID id, Principal caller) {
        if (!caller.isAdmin() && !id.toString().equals(caller.clientId())) {
            // Another client's objects are not merely forbidden: they do not exist for this caller.
            throw ProblemException.notFound("API client", id);
        }
        return clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API client", id));
    }

    private static Principal principal(ApiClient client) {
        return new Principal(client.id.toString(), new LinkedHashSet<>(client.scopes), client.rateLimitPerMinute);
    }

    private static List<String> checkedScopes(List<String> scopes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            if (!Scopes.known(scopes.get(i))) {
                errors.add(new Problem.FieldError("scopes[" + i + "]", "must be one of " + Scopes.ALL));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        return new ArrayList<>(new LinkedHashSet<>(scopes));
    }

    private static Optional<UUID> parse(String clientId) {
        try {
            return Optional.of(UUID.fromString(clientId));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
