package org.coalition.gateway.auth;

import java.util.List;
import java.util.Set;

/** The scopes an API client may hold, and which one a request needs, by the route family of its path. */
public final class Scopes {

    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of("partners:read", "partners:write", "people:read", "people:write",
            "meetings:read", "meetings:write", "projects:read", "projects:write", ADMIN);

    private static final List<String[]> FAMILIES = List.of(
            new String[] {"/v1/people", "people"},
            new String[] {"/v1/partners", "partners"},
            new String[] {"/v1/groups", "partners"},
            new String[] {"/v1/partnerships", "partners"},
            new String[] {"/v1/meetings", "meetings"},
            new String[] {"/v1/action-items", "meetings"},
            new String[] {"/v1/communities", "projects"},
            new String[] {"/v1/projects", "projects"});

    /**
     * The gateway's own resources check ownership themselves: any authenticated client may call them.
     * The change feed shows each client only the event families its read scopes cover.
     */
    private static final List<String> GATEWAY_OWN = List.of("/v1/api-clients", "/v1/webhooks", "/v1/changes");

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private Scopes() {
    }

    public static boolean known(String scope) {
        return ALL.contains(scope);
    }

    /**
     * The scope a request needs, or null when being authenticated is enough. Any other /v1 path is
     * partners-service's (the route table sends it there); anything else of the gateway is for admins.
     */
    public static String required(String method, String path) {
        if (GATEWAY_OWN.stream().anyMatch(prefix -> under(path, prefix))) {
            return null;
        }
        String access = READ_METHODS.contains(method) ? ":read" : ":write";
        for (String[] family : FAMILIES) {
            if (under(path, family[0])) {
                return family[1] + access;
            }
        }
        return under(path, "/v1") ? "partners" + access : ADMIN;
    }

    public static boolean grants(Set<String> held, String needed) {
        return needed == null || held.contains(needed) || held.contains(ADMIN);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
