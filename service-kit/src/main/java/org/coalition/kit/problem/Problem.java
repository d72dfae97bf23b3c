package org.coalition.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param errors for validation problems, one entry per offending field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI reference identifying the problem type", examples = "urn:coalition:problem:validation")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence, for a person to act on")
        String detail,
        @Schema(description = "The request path this problem occurred on", examples = "/v1/partners")
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation; {@code field} is a JSON path such as {@code location.country}. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, errors);
    }
}
