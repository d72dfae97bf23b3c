package org.coalition.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.coalition.kit.consumer.PoisonEventException;
import org.coalition.kit.ids.Ids;

/** Creates, writes and reads CloudEvents with the application's ObjectMapper. */
@ApplicationScoped
public class CloudEvents {

    private final ObjectMapper mapper;

    public CloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent create(String source, String type, String subject, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, Ids.newId().toString(), source, type, subject,
                Instant.now(), CloudEvent.DATA_CONTENT_TYPE, mapper.valueToTree(data));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Reads a structured-mode event, refusing anything without the attributes CloudEvents 1.0 requires.
     * Unknown attributes are ignored, so producers may add extensions.
     */
    public CloudEvent read(String json) {
        JsonNode node;
        try {
            node = json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new PoisonEventException("not a JSON object");
        }
        String specversion = required(node, "specversion");
        if (!CloudEvent.SPEC_VERSION.equals(specversion)) {
            throw new PoisonEventException("unsupported specversion '" + specversion + "'");
        }
        Instant time = null;
        if (node.hasNonNull("time")) {
            try {
                time = Instant.parse(node.get("time").asText());
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("time is not RFC 3339: " + node.get("time").asText());
            }
        }
        return new CloudEvent(specversion, required(node, "id"), required(node, "source"), required(node, "type"),
                optional(node, "subject"), time, optional(node, "datacontenttype"), node.get("data"));
    }

    /** The event's data as {@code type}; an event without data cannot be applied and is poison. */
    public <T> T data(CloudEvent event, Class<T> type) {
        if (event.data() == null || event.data().isNull()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no data");
        }
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " does not fit "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String required(JsonNode node, String attribute) {
        JsonNode value = node.get(attribute);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new PoisonEventException("missing required attribute '" + attribute + "'");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String attribute) {
        JsonNode value = node.get(attribute);
        return value == null || value.isNull() ? null : value.asText();
    }
}
