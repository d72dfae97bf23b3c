package org.coalition.kit.problem;

import java.util.List;

/** Thrown by services and the kit to answer with a problem+json response; never logged as an error. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.VALIDATION, detail);
    }

    /** A validation failure of one field, in the same shape as bean-validation failures. */
    public static ProblemException invalidField(String field, String message) {
        return invalidFields(ProblemType.VALIDATION, List.of(new Problem.FieldError(field, message)));
    }

    /** A well-formed request that refers to something that does not exist or cannot be used (422). */
    public static ProblemException unprocessableField(String field, String message) {
        return invalidFields(ProblemType.UNPROCESSABLE, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalidFields(ProblemType type, List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, errors));
    }
}
