package org.coalition.gateway.auth;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coalition.gateway.clients.ApiClientService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 token endpoint, client credentials grant (RFC 6749 section 4.4). Its errors are the
 * RFC's JSON ({@code error}, {@code error_description}), which OAuth client libraries expect.
 */
@Path("/oauth/token")
@Tag(name = "OAuth2", description = "Access tokens for API clients (client credentials)")
public class TokenResource {

    private static final String BASIC = "Basic ";

    private final ApiClientService clients;
    private final TokenIssuer issuer;

    public TokenResource(ApiClientService clients, TokenIssuer issuer) {
        this.clients = clients;
        this.issuer = issuer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an access token (client credentials)",
            description = "Form-encoded grant_type=client_credentials with client_id and client_secret in the body or "
                    + "HTTP Basic; an optional scope narrows the client's scopes. The token is a JWT valid for expires_in seconds.")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<String[]> basic = basic(authorization);
        if (basic.isPresent() && (clientId != null || clientSecret != null)) {
            return error(400, "invalid_request", "Send the client credentials either with HTTP Basic or in the body, not both.");
        }
        String id = basic.isPresent() ? basic.get()[0] : clientId;
        String secret = basic.isPresent() ? basic.get()[1] : clientSecret;
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required; this endpoint supports client_credentials.");
        }
        if (!grantType.equals("client_credentials")) {
            return error(400, "unsupported_grant_type", "Only the client_credentials grant is supported.");
        }
        if (id == null || secret == null || id.isBlank() || secret.isBlank()) {
            return error(401, "invalid_client", "Client authentication is required: client_id and client_secret.");
        }
        Optional<Principal> client = clients.byIdAndSecret(id.trim(), secret.trim());
        if (client.isEmpty()) {
            return error(401, "invalid_client", "Unknown client, or a wrong secret.");
        }
        Set<String> granted = new LinkedHashSet<>(client.get().scopes());
        if (scope != null && !scope.isBlank()) {
            Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
            if (!granted.containsAll(asked)) {
                asked.removeAll(granted);
                return error(400, "invalid_scope", "The client does not hold the scope(s) " + asked + ".");
            }
            granted = asked;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issuer.accessToken(client.get().clientId(), granted));
        body.put("token_type", "Bearer");
        body.put("expires_in", issuer.accessTokenLifetimeSeconds());
        body.put("scope", String.join(" ", granted));
        return Response.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }

    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.of(new String[] {decoded, ""});
            }
            return Optional.of(new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException malformed) {
            return Optional.of(new String[] {"", ""});
        }
    }

    private static Response error(int status, String error, String description) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Map.of("error", error, "error_description", description));
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"coalition\"");
        }
        return response.build();
    }
}
