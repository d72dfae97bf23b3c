package org.coalition.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Turns any exception into the problem a client should see. Only {@link #from} decides; mappers and
 * filters only call it, so every error path answers alike and none leaks a class name or stack trace.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    private Problems() {
    }

    public static Problem from(Throwable failure) {
        Problem known = known(failure);
        if (known != null) {
            return known;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected error, reference %s", reference);
        return ProblemType.INTERNAL.problem(
                "An unexpected error occurred. If it persists, report it with reference " + reference + ".");
    }

    private static Problem known(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Problem problem = direct(cause);
            if (problem != null) {
                return problem;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (failure instanceof WebApplicationException web) {
            return fromStatus(web);
        }
        return null;
    }

    private static Problem direct(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            return problem.problem();
        }
        if (cause instanceof ConstraintViolationException violations) {
            return validation(violations);
        }
        if (cause instanceof JsonParseException parse) {
            return ProblemType.MALFORMED_JSON.problem("The request body is not valid JSON: "
                    + parse.getOriginalMessage() + " (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ").");
        }
        if (cause instanceof JsonMappingException mapping) {
            return jsonMapping(mapping);
        }
        if (cause instanceof JsonProcessingException json) {
            return ProblemType.MALFORMED_JSON.problem("The request body is not valid JSON: " + json.getOriginalMessage());
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint
                && constraint.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return ProblemType.CONFLICT.problem(
                    "The request conflicts with an existing resource: a value that must be unique is already taken.");
        }
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            // SQLState class 08 is a lost or refused connection: the database is away, not the request wrong.
            return ProblemType.SERVICE_UNAVAILABLE.problem(
                    "The service cannot reach its database at the moment. Retry in a few seconds.");
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return ProblemType.CONFLICT.problem(
                    "The resource was changed by another request at the same time. Fetch it again and retry.");
        }
        return null;
    }

    private static Problem fromStatus(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here. An OPTIONS request to this path lists the allowed methods in its Allow header.";
            case 406 -> "None of the media types in the Accept header can be produced here.";
            case 413 -> "The request body is larger than this endpoint accepts.";
            case 415 -> "The Content-Type of the request body is not supported here.";
            default -> status >= 500 ? "The request could not be completed." : "The request is invalid.";
        };
        Problem base = type.problem(detail);
        return new Problem(base.type(), type.status() == status ? base.title() : statusTitle(web),
                status, detail, null, null);
    }

    private static String statusTitle(WebApplicationException web) {
        String reason = web.getResponse().getStatusInfo().getReasonPhrase();
        return reason == null ? "Error" : reason;
    }

    private static Problem jsonMapping(JsonMappingException mapping) {
        String field = jsonPath(mapping.getPath());
        String message;
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + enumValues(format.getTargetType());
        } else if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "must be " + describe(mismatch.getTargetType());
        } else if (mapping instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            // Only a constructor's own IllegalArgumentException speaks to the client; others may describe code.
            message = invalid.getMessage();
        } else {
            message = "has an invalid value";
        }
        if (field.isEmpty()) {
            return ProblemType.VALIDATION.problem("The request body " + message + ".");
        }
        return ProblemException.invalidField(field, message).problem();
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an RFC 3339 date or time";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        return "an object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static Problem validation(ConstraintViolationException violations) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return ProblemException.invalidFields(ProblemType.VALIDATION, errors).problem();
    }

    /**
     * A violation's path on a resource method reads {@code create.body.location.country}: the method and
     * parameter nodes mean nothing to a client, so the field is what follows them. A violated query or
     * header parameter keeps its parameter name.
     */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        boolean beanSeen = false;
        String parameter = null;
        for (Iterator<Path.Node> nodes = path.iterator(); nodes.hasNext();) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            beanSeen = true;
            String name = node.getName();
            if (node.getIndex() != null) {
                names.add((names.isEmpty() ? "" : names.remove(names.size() - 1)) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        if (!beanSeen || names.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return String.join(".", names);
    }
}
