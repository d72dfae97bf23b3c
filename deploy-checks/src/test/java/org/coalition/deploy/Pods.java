package org.coalition.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pod templates of the workloads among rendered objects. */
record Pods(Map<String, Object> workload, Map<String, Object> template) {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet");

    static List<Pods> of(List<Map<String, Object>> objects) {
        List<Pods> pods = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            if (WORKLOADS.contains(Manifests.kind(object))) {
                pods.add(new Pods(object, Manifests.map(object, "spec.template")));
            }
            if (Manifests.kind(object).equals("CronJob")) {
                pods.add(new Pods(object, Manifests.map(object, "spec.jobTemplate.spec.template")));
            }
        }
        return pods;
    }

    String id() {
        return Manifests.id(workload);
    }

    boolean longRunning() {
        return LONG_RUNNING.contains(Manifests.kind(workload));
    }

    Map<String, Object> spec() {
        return Manifests.map(template, "spec");
    }

    @SuppressWarnings("unchecked")
    Map<String, String> labels() {
        return (Map<String, String>) (Map<String, ?>) Manifests.map(template, "metadata.labels");
    }

    String component() {
        return labels().getOrDefault("app.kubernetes.io/component", "");
    }

    /** One of the four apps (the gateway or a service), as opposed to a data store or a job. */
    boolean isApp() {
        return component().equals("gateway") || component().equals("service");
    }

    List<Map<String, Object>> containers() {
        List<Map<String, Object>> containers = new ArrayList<>(Manifests.maps(spec(), "initContainers"));
        containers.addAll(Manifests.maps(spec(), "containers"));
        return containers;
    }

    List<Map<String, Object>> mainContainers() {
        return Manifests.maps(spec(), "containers");
    }
}
