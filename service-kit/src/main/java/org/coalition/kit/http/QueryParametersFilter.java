package org.coalition.kit.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks query parameters against the operation's declaration before Quarkus converts them:
 * <ul>
 * <li>an undeclared one is a 400: a misspelt filter ({@code ?contry=KH}) would otherwise be ignored and
 * return every row, which a client would take for an answer;</li>
 * <li>a value that does not convert ({@code ?limit=ten}) is a 400 naming the parameter, where JAX-RS
 * would answer a bare 404.</li>
 * </ul>
 */
public class QueryParametersFilter {

    private static final Map<Method, Map<String, Class<?>>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Map<String, Class<?>> declared = DECLARED.computeIfAbsent(method, QueryParametersFilter::declaredBy);
        for (String name : new TreeSet<>(given.keySet())) {
            Class<?> type = declared.get(name);
            if (type == null) {
                throw new ProblemException(ProblemType.UNKNOWN_PARAMETER, declared.isEmpty()
                        ? "This operation takes no query parameters, but '" + name + "' was given."
                        : "Unknown query parameter '" + name + "'. This operation accepts: "
                                + String.join(", ", new TreeSet<>(declared.keySet())) + ".");
            }
            for (String value : given.get(name)) {
                problemWith(type, value).ifPresent(message -> {
                    throw ProblemException.invalidField(name, message);
                });
            }
        }
    }

    private static Optional<String> problemWith(Class<?> type, String value) {
        try {
            if (type == Integer.class || type == int.class) {
                Integer.parseInt(value);
            } else if (type == Long.class || type == long.class) {
                Long.parseLong(value);
            } else if (type == Boolean.class || type == boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    return Optional.of("must be true or false");
                }
            } else if (type == UUID.class) {
                if (Ids.parse(value).isEmpty()) {
                    return Optional.of("must be a UUID");
                }
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Instant.class || type == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
            } else if (type.isEnum()) {
                boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.toString().equals(value));
                if (!known) {
                    return Optional.of("must be one of " + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString).collect(Collectors.joining(", ", "[", "]")));
                }
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("must be a whole number");
        } catch (DateTimeParseException e) {
            return Optional.of(type == LocalDate.class ? "must be a date such as 2024-05-21"
                    : "must be an RFC 3339 time such as 2024-05-21T02:00:00Z");
        }
    }

    private static Map<String, Class<?>> declaredBy(Method method) {
        Map<String, Class<?>> names = new ConcurrentHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getName(), parameter.getType(), parameter.getParameterizedType(), names);
        }
        return names;
    }

    private static void collect(AnnotatedElement element, String javaName, Class<?> type, Type genericType,
            Map<String, Class<?>> names) {
        Class<?> valueType = elementType(type, genericType);
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.put(query.value(), valueType);
        }
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            names.put(restQuery.value().isEmpty() ? javaName : restQuery.value(), valueType);
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    collect(field, field.getName(), field.getType(), field.getGenericType(), names);
                }
            }
        }
    }

    /** For {@code List<UUID> partnerId} the value type is UUID. */
    private static Class<?> elementType(Class<?> type, Type genericType) {
        if ((Collection.class.isAssignableFrom(type) || type == Optional.class)
                && genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type;
    }
}
