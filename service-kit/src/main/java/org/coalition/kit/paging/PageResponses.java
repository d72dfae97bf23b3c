package org.coalition.kit.paging;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The HTTP form of a page: the body, plus a {@code Link: <…>; rel="next"} header when there is more. */
public final class PageResponses {

    private PageResponses() {
    }

    /**
     * The next link is a path-absolute reference ({@code /v1/partners?country=KH&cursor=…}): it resolves
     * against whatever host the client called, the gateway's included, and is rebuilt from the decoded
     * query parameters so that characters a client left unencoded come back encoded.
     */
    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.next() != null) {
            StringBuilder target = new StringBuilder("/").append(encodePath(uri.getPath()));
            char separator = '?';
            for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
                if (parameter.getKey().equals("cursor")) {
                    continue;
                }
                for (String value : parameter.getValue()) {
                    target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                    separator = '&';
                }
            }
            target.append(separator).append("cursor=").append(encode(page.next()));
            response.header(HttpHeaders.LINK, "<" + target + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodePath(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return String.join("/", Arrays.stream(trimmed.split("/", -1)).map(PageResponses::encode).toList());
    }
}
