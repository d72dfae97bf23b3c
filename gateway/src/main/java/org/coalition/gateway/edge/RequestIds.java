package org.coalition.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

/** Which incoming X-Request-Id values are kept; anything else is replaced by a fresh one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Where the id lives for the rest of the request (the access log, the proxy, problem bodies). */
    public static final String CONTEXT_KEY = "coalition.requestId";

    /**
     * Printable, log-safe and short: an id that could break a log line or a header (spaces, control
     * characters, quotes) or bloat every log entry is not taken from a client.
     */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String incoming) {
        if (incoming != null && ACCEPTED.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }
}
