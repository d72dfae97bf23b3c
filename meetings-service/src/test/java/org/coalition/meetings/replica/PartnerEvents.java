package org.coalition.meetings.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.testing.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;

/** partners-service's events as it publishes them, sent to the topic the replica reads. */
public final class PartnerEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerEvents() {
    }

    public static String topic() {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming.partners-in.topic", String.class);
    }

    /** A CloudEvent in structured mode with a new id. */
    public static String event(String type, UUID subject, Map<String, Object> data) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/partners-service");
        event.put("type", type);
        event.put("subject", subject.toString());
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return JSON.writeValueAsString(event);
    }

    /** An organisation's representation with the fields partners-service sends, a few the replica ignores included. */
    public static Map<String, Object> organisation(UUID id, String name, String status, long version) {
        return organisation(id, name, "national-ngo", "KH", null, status, version);
    }

    public static Map<String, Object> organisation(UUID id, String name, String type, String country,
            String subdivision, String status, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("name", name);
        data.put("acronym", "ACR");
        data.put("type", type);
        data.put("iatiTypeCode", 22);
        data.put("country", country);
        data.put("level", subdivision == null ? "national" : "subnational");
        data.put("subdivision", subdivision);
        data.put("email", "office@example.org");
        data.put("status", status);
        data.put("mergedInto", null);
        data.put("version", version);
        return data;
    }

    public static Map<String, Object> person(UUID id, String name, long version) {
        return person(id, name, "KH", null, version);
    }

    public static Map<String, Object> person(UUID id, String name, String country, String gender, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("name", name);
        data.put("email", "someone@example.org");
        data.put("phone", "+855 23 123 456");
        data.put("country", country);
        data.put("gender", gender);
        data.put("erased", false);
        data.put("version", version);
        return data;
    }

    public static Map<String, Object> group(UUID id, String name, String status, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("name", name);
        data.put("kind", "working-group");
        data.put("level", "subnational");
        data.put("country", "KH");
        data.put("status", status);
        data.put("version", version);
        return data;
    }

    /** Sends under the aggregate's key, as the outbox relay does, so one aggregate's events stay in order. */
    public static void send(UUID key, String event) throws Exception {
        KafkaTopics.send(topic(), key.toString(), event);
    }

    public static void send(String type, UUID subject, Map<String, Object> data) throws Exception {
        send(subject, event(type, subject, data));
    }
}
