package org.coalition.kit.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 400 when an operation that takes a body gets none: without this the body parameter would be
 * null and bean validation, which skips nulls, would let it through.
 */
public class RequiredBodyFilter {

    private static final Map<Method, Boolean> TAKES_BODY = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireBody(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !TAKES_BODY.computeIfAbsent(method, RequiredBodyFilter::takesBody)) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        if (!chunked && (length == null || length.trim().equals("0"))) {
            throw new ProblemException(ProblemType.VALIDATION, "This operation needs a JSON request body.");
        }
    }

    /** A parameter with no JAX-RS or Quarkus REST annotation, and not a context type, is the entity (body). */
    private static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            String type = parameter.getType().getName();
            boolean annotated = type.startsWith("jakarta.ws.rs.") || type.startsWith("io.vertx.");
            for (Annotation annotation : parameter.getAnnotations()) {
                String name = annotation.annotationType().getName();
                if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                    annotated = true;
                    break;
                }
            }
            if (!annotated) {
                return true;
            }
        }
        return false;
    }
}
