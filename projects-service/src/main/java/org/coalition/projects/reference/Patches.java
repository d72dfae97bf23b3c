package org.coalition.projects.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.problem.ProblemException;

/**
 * JSON Merge Patch on an input record: the patch is applied to what a PUT would send to leave the
 * resource as it is, and the result is read and validated exactly like a PUT body.
 */
@ApplicationScoped
public class Patches {

    private final ObjectMapper mapper;
    private final Validator validator;

    public Patches(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public static void requireObject(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object.");
        }
    }

    /**
     * A field of the wrong type in the patch fails as Jackson reports it, which the kit's problem mapping
     * turns into a 400 naming the field.
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        JsonNode patched = MergePatch.apply(mapper.valueToTree(current), patch);
        T input;
        try {
            input = mapper.treeToValue(patched, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
