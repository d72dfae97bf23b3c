package org.coalition.kit.problem;

/** The problem types Coalition answers with; each maps to one HTTP status. */
public enum ProblemType {
    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
    BAD_CURSOR("bad-cursor", 400, "Invalid cursor"),
    UNKNOWN_PARAMETER("unknown-parameter", 400, "Unknown query parameter"),
    BAD_HEADER("bad-header", 400, "Invalid header"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    GONE("gone", 410, "Gone"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused"),
    UNPROCESSABLE("unprocessable", 422, "Unprocessable request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL("internal", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable");

    private static final String PREFIX = "urn:coalition:problem:";

    private final String uri;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.uri = PREFIX + slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type for a bare HTTP status, for errors raised by the HTTP layer rather than our code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON && type != BAD_CURSOR
                    && type != UNKNOWN_PARAMETER && type != BAD_HEADER && type != IDEMPOTENCY_KEY_REUSED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null, null);
    }
}
