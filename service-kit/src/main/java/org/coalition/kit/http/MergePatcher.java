package org.coalition.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.coalition.kit.problem.ProblemException;

/**
 * PATCH as JSON Merge Patch on a resource's input form: the patch is applied to what a PUT would send
 * to leave the resource unchanged, and the result is read and validated exactly as a PUT body would be.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object.");
        }
        T patched;
        try {
            patched = mapper.treeToValue(MergePatch.apply(mapper.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            // Problems reads the Jackson cause and names the offending field.
            throw new IllegalArgumentException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }
}
