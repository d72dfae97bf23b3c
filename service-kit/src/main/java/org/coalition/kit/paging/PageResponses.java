package org.coalition.kit.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The HTTP form of a page: the body, plus a {@code Link: <…>; rel="next"} header when there is more. */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.next() != null) {
            response.links(Link.fromUri(uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.next())
                    .build()).rel("next").build());
        }
        return response.build();
    }
}
