package org.coalition.deploy;

import java.util.List;

/** Coalition's four apps, as the agreed environment variables name them. */
record Apps(String name, String prefix, int port, String database) {

    static final List<Apps> ALL = List.of(
            new Apps("partners-service", "PARTNERS", 8081, "coalition_partners"),
            new Apps("meetings-service", "MEETINGS", 8082, "coalition_meetings"),
            new Apps("projects-service", "PROJECTS", 8083, "coalition_projects"),
            new Apps("gateway", "GATEWAY", 8080, "coalition_gateway"));

    static final List<String> NAMES = ALL.stream().map(Apps::name).toList();

    boolean isGateway() {
        return name.equals("gateway");
    }

    /** The variables every app reads; the gateway reads more. */
    List<String> requiredEnvironment() {
        List<String> common = List.of(prefix + "_HTTP_PORT", prefix + "_DB_URL", prefix + "_DB_USER",
                prefix + "_DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "COALITION_TOKEN_PUBLIC_KEY_LOCATION");
        if (!isGateway()) {
            return common;
        }
        return java.util.stream.Stream.concat(common.stream(), java.util.stream.Stream.of("COALITION_ADMIN_KEY",
                "REDIS_URL", "COALITION_TOKEN_PRIVATE_KEY_LOCATION", "PARTNERS_URL", "MEETINGS_URL", "PROJECTS_URL"))
                .toList();
    }

    /** Variables whose values are credentials: they must come from Secrets (or the shell), never be written down. */
    static boolean isSecret(String variable) {
        return variable.endsWith("_PASSWORD") || variable.equals("COALITION_ADMIN_KEY") || variable.equals("REDIS_URL");
    }

    /** The event topics, each with its dead-letter topic. */
    static final List<String> EVENT_TOPICS = List.of("partners.events", "meetings.events", "projects.events");
}
