package org.coalition.gateway.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import org.coalition.gateway.AccessFixtures;

/**
 * Makes the requests of a test class that carry no credential of their own carry the admin key, for
 * the tests of routing and the edge, which are about what happens once a caller is let in; the access
 * tests make their own credentials.
 */
public final class AdminRequests {

    private static final Filter ADMIN = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("X-API-Key") && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("X-API-Key", AccessFixtures.ADMIN_KEY);
        }
        return context.next(request, response);
    };

    private AdminRequests() {
    }

    public static void install() {
        RestAssured.filters(ADMIN);
    }

    public static void uninstall() {
        List<Filter> others = new ArrayList<>(RestAssured.filters());
        others.remove(ADMIN);
        RestAssured.replaceFiltersWith(others);
    }
}
