package org.coalition.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns the gateway's document, into which Quarkus has merged the services' stored documents
 * (quarkus.smallrye-openapi.additional-docs-directory), into the one public contract: the product's
 * title, the credentials every operation accepts, a described tag per resource family, and nothing
 * under /q/. Runs once, at build time; the gateway needs no service running to serve it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class GatewayOpenApiFilter implements OASFilter {

    public static final String API_KEY = "apiKey";
    public static final String OAUTH2 = "oauth2";
    public static final String BEARER = "bearer";

    /** The scopes of issue #6, granted to API clients and checked per resource family. */
    public static final Map<String, String> SCOPES = scopes();

    /** Descriptions of the resource families; a tag of an operation not listed here keeps its own. */
    private static final Map<String, String> FAMILIES = families();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            new ArrayList<>(openAPI.getPaths().getPathItems().keySet()).stream()
                    .filter(path -> path.equals("/q") || path.startsWith("/q/"))
                    .forEach(openAPI.getPaths()::removePathItem);
        }
        describe(openAPI);
        // The services' documents name their own ports; clients only ever talk to the gateway.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The gateway this document was loaded from")));
        declareSecurity(openAPI);
        describeTags(openAPI);
    }

    private static void describe(OpenAPI openAPI) {
        openAPI.setInfo(OASFactory.createInfo()
                .title("Coalition API")
                .version(openAPI.getInfo() != null && openAPI.getInfo().getVersion() != null
                        ? openAPI.getInfo().getVersion() : "1.0")
                .description("""
                        The open API of Coalition, for education partnerships: organisations, people, \
                        groups and partnerships; meetings and action items; communities of practice and \
                        their projects. Every operation of every service, through the one gateway.

                        Authenticate with an API key (`X-API-Key`), an OAuth2 client-credentials token \
                        from `POST /oauth/token`, or a token of a configured OpenID Connect provider \
                        (`Authorization: Bearer`). Errors are RFC 9457 `application/problem+json`; lists \
                        are cursor pages with a `Link: rel="next"` header; writes carry `ETag` and honour \
                        `If-Match` and `Idempotency-Key`. Every response carries `X-Request-Id`.""")
                .license(OASFactory.createLicense().name("Apache 2.0").identifier("Apache-2.0")));
    }

    private static void declareSecurity(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow().tokenUrl("/oauth/token");
        SCOPES.forEach(clientCredentials::addScope);
        openAPI.getComponents()
                .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")
                        .description("The key shown once when the API client was created."))
                .addSecurityScheme(OAUTH2, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("OAuth2 client credentials: the client id and secret for a short-lived token.")
                        .flows(OASFactory.createOAuthFlows().clientCredentials(clientCredentials)))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A token of the configured OpenID Connect provider (e.g. a ministry's Keycloak)."));
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(API_KEY),
                OASFactory.createSecurityRequirement().addScheme(OAUTH2),
                OASFactory.createSecurityRequirement().addScheme(BEARER)));
    }

    private static void describeTags(OpenAPI openAPI) {
        Map<String, Tag> declared = new LinkedHashMap<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> declared.put(tag.getName(), tag));
        }
        TreeSet<String> used = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getTags() != null) {
                        used.addAll(operation.getTags());
                    }
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : used) {
            Tag tag = declared.getOrDefault(name, OASFactory.createTag().name(name));
            if (tag.getDescription() == null && FAMILIES.containsKey(name)) {
                tag.setDescription(FAMILIES.get(name));
            }
            tags.add(tag);
        }
        openAPI.setTags(tags);
    }

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("partners:read", "Read organisations, groups and partnerships");
        scopes.put("partners:write", "Create, change and archive organisations, groups and partnerships");
        scopes.put("people:read", "Read people, with their personal data (e-mail, phone, gender)");
        scopes.put("people:write", "Create, change and erase people");
        scopes.put("meetings:read", "Read meetings and action items");
        scopes.put("meetings:write", "Create and change meetings and action items");
        scopes.put("projects:read", "Read communities of practice and their projects");
        scopes.put("projects:write", "Create and change communities of practice and their projects");
        scopes.put("admin", "Manage API clients");
        return Collections.unmodifiableMap(scopes);
    }

    private static Map<String, String> families() {
        return Map.ofEntries(
                Map.entry("Partners", "Organisations: ministries, NGOs, UN agencies, donors, universities, networks"),
                Map.entry("People", "People and their affiliations; personal data needs people:read"),
                Map.entry("Groups", "Coalitions, networks, working groups and committees, with their members"),
                Map.entry("Partnerships", "Relations between two or more organisations"),
                Map.entry("Meetings", "Meetings with their agendas, participants, outcomes and documents"),
                Map.entry("Action items", "What was agreed at meetings, by whom and by when"),
                Map.entry("Communities", "Communities of practice and their members"),
                Map.entry("Projects", "Projects of communities of practice, with milestones"));
    }
}
