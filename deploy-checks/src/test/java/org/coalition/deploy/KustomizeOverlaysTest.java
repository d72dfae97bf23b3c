package org.coalition.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders k8s/overlays/dev and k8s/overlays/prod as kubectl would apply them, validates every object
 * against the Kubernetes API types and checks the rules a platform team would check in review.
 * Rendering needs kubectl (or kustomize) on PATH; without either these tests are skipped and
 * {@link ManifestFilesTest} still validates each file on its own.
 */
class KustomizeOverlaysTest {

    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    /** The overlay as rendered; the calling test is skipped (and counted so) where nothing can render it. */
    static List<Map<String, Object>> rendered(String overlay) {
        Assumptions.assumeTrue(Tools.kustomizeCommand().isPresent(),
                "kubectl or kustomize is needed to render the overlays; neither is on PATH");
        return RENDERED.computeIfAbsent(overlay, name -> Manifests.render(Repository.path("k8s/overlays/" + name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectIsValidAgainstTheKubernetesTypes(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        assertThat(objects).isNotEmpty();
        List<String> problems = new ArrayList<>();
        objects.forEach(object -> problems.addAll(KubernetesSchema.problems(object)));
        assertThat(problems).as("schema problems in overlay %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectLandsInTheOverlaysNamespace(String overlay) {
        String namespace = overlay.equals("dev") ? "coalition-dev" : "coalition";
        for (Map<String, Object> object : rendered(overlay)) {
            if (Manifests.kind(object).equals("Namespace")) {
                assertThat(Manifests.name(object)).isEqualTo(namespace);
            } else {
                assertThat(Manifests.map(object, "metadata").get("namespace")).as(Manifests.id(object)).isEqualTo(namespace);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesResourcesAndANonRootUser(String overlay) {
        List<String> problems = new ArrayList<>();
        List<Pods> pods = Pods.of(rendered(overlay));
        assertThat(pods).isNotEmpty();
        for (Pods pod : pods) {
            Map<String, Object> podSecurity = Manifests.map(pod.spec(), "securityContext");
            for (String hostAccess : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (Boolean.TRUE.equals(pod.spec().get(hostAccess))) {
                    problems.add(pod.id() + " uses " + hostAccess);
                }
            }
            for (Map<String, Object> container : pod.containers()) {
                String where = pod.id() + " container " + container.get("name");
                for (String resource : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                    if (Manifests.get(container, "resources." + resource) == null) {
                        problems.add(where + " has no resources." + resource);
                    }
                }
                if (pod.longRunning()) {
                    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                        if (container.get(probe) == null) {
                            problems.add(where + " has no " + probe);
                        }
                    }
                }
                Map<String, Object> security = Manifests.map(container, "securityContext");
                Object runAsNonRoot = security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot"));
                Object runAsUser = security.getOrDefault("runAsUser", podSecurity.get("runAsUser"));
                if (!Boolean.TRUE.equals(runAsNonRoot)) {
                    problems.add(where + " does not set runAsNonRoot: true");
                }
                if (runAsUser == null || ((Number) runAsUser).longValue() == 0) {
                    problems.add(where + " runs as user " + runAsUser + ", not a numeric non-root user");
                }
                if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
                    problems.add(where + " does not set allowPrivilegeEscalation: false");
                }
                if (!Manifests.list(security, "capabilities.drop").contains("ALL")) {
                    problems.add(where + " does not drop ALL capabilities");
                }
                Object seccomp = security.containsKey("seccompProfile") ? Manifests.get(security, "seccompProfile.type")
                        : Manifests.get(podSecurity, "seccompProfile.type");
                if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
                    problems.add(where + " has no seccomp profile");
                }
                for (Map<String, Object> port : Manifests.maps(container, "ports")) {
                    if (port.get("hostPort") != null) {
                        problems.add(where + " binds a host port");
                    }
                }
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAppsProbeTheirQuarkusHealthEndpointsAndKeepTheirFilesystemReadOnly(String overlay) {
        for (Apps app : Apps.ALL) {
            Pods pod = appPod(overlay, app);
            assertThat(pod.spec().get("automountServiceAccountToken")).as(app.name()).isEqualTo(false);
            Map<String, Object> container = pod.mainContainers().get(0);
            Map<String, Object> port = Manifests.maps(container, "ports").get(0);
            assertThat(port.get("containerPort")).as(app.name()).isEqualTo(app.port());
            Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready");
            probes.forEach((probe, path) -> {
                assertThat(Manifests.get(container, probe + ".httpGet.path")).as(app.name() + " " + probe).isEqualTo(path);
                assertThat(Manifests.get(container, probe + ".httpGet.port")).as(app.name() + " " + probe)
                        .isIn(port.get("name"), app.port());
            });
            assertThat(Manifests.get(container, "securityContext.readOnlyRootFilesystem")).as(app.name()).isEqualTo(true);
            assertThat(String.valueOf(container.get("image"))).as(app.name())
                    .contains("/" + app.name() + ":").doesNotEndWith(":latest");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAppsGetTheAgreedSettingsWithCredentialsOnlyFromSecrets(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        for (Apps app : Apps.ALL) {
            Pods pod = appPod(overlay, app);
            Map<String, Object> container = pod.mainContainers().get(0);
            Map<String, Object> environment = environment(objects, container);
            assertThat(environment).as(app.name()).containsKeys(app.requiredEnvironment().toArray(String[]::new));
            assertThat(environment.get(app.prefix() + "_HTTP_PORT")).as(app.name()).isEqualTo(String.valueOf(app.port()));
            assertThat(String.valueOf(environment.get(app.prefix() + "_DB_URL")))
                    .as(app.name()).startsWith("jdbc:postgresql://").contains("/" + app.database());
            environment.forEach((variable, value) -> {
                if (Apps.isSecret(variable)) {
                    assertThat(value).as("%s %s must come from a Secret", app.name(), variable).isInstanceOf(SecretRef.class);
                }
            });

            Map<String, String> keyFiles = mountedSecretFiles(pod, container, "coalition-token-keys");
            assertThat(keyFiles).as(app.name()).containsEntry(
                    String.valueOf(environment.get("COALITION_TOKEN_PUBLIC_KEY_LOCATION")), "token-public.pem");
            if (app.isGateway()) {
                assertThat(keyFiles).containsEntry(
                        String.valueOf(environment.get("COALITION_TOKEN_PRIVATE_KEY_LOCATION")), "token-private.pem");
                for (Apps other : Apps.ALL) {
                    if (!other.isGateway()) {
                        assertThat(String.valueOf(environment.get(other.prefix() + "_URL")))
                                .isEqualTo("http://" + other.name() + ":" + other.port());
                    }
                }
            } else {
                assertThat(keyFiles.values()).as("%s must not see the signing key", app.name())
                        .doesNotContain("token-private.pem");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromOutside(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        for (Map<String, Object> service : Manifests.ofKind(objects, "Service")) {
            Object type = Manifests.get(service, "spec.type");
            if (!Manifests.name(service).equals("gateway")) {
                assertThat(type).as(Manifests.id(service)).isIn(null, "ClusterIP");
            }
            assertThat(Manifests.get(service, "spec.externalIPs")).as(Manifests.id(service)).isNull();
        }
        List<Map<String, Object>> ingresses = Manifests.ofKind(objects, "Ingress");
        assertThat(ingresses).hasSize(1);
        for (Map<String, Object> ingress : ingresses) {
            assertThat(Manifests.get(ingress, "spec.defaultBackend")).isNull();
            for (Map<String, Object> rule : Manifests.maps(ingress, "spec.rules")) {
                for (Map<String, Object> path : Manifests.maps(rule, "http.paths")) {
                    assertThat(Manifests.get(path, "backend.service.name")).isEqualTo("gateway");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesLetOnlyTheGatewayTakeTrafficFromOutside(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        List<Map<String, Object>> policies = Manifests.ofKind(objects, "NetworkPolicy");
        assertThat(policies).as("a default deny of all ingress").anySatisfy(policy -> {
            assertThat(Selectors.isEmpty(Manifests.map(policy, "spec.podSelector"))).isTrue();
            assertThat(Manifests.list(policy, "spec.policyTypes")).contains("Ingress");
            assertThat(Manifests.list(policy, "spec.ingress")).isEmpty();
        });
        List<Pods> pods = Pods.of(objects);
        List<String> problems = new ArrayList<>();
        for (Pods pod : pods) {
            boolean gateway = pod.component().equals("gateway");
            for (Map<String, Object> policy : policies) {
                if (!Selectors.matches(Manifests.map(policy, "spec.podSelector"), pod.labels())) {
                    continue;
                }
                for (Map<String, Object> rule : Manifests.maps(policy, "spec.ingress")) {
                    List<Map<String, Object>> peers = Manifests.maps(rule, "from");
                    if (gateway) {
                        continue;
                    }
                    String where = pod.id() + " through " + Manifests.id(policy);
                    if (peers.isEmpty()) {
                        problems.add(where + " accepts traffic from anywhere");
                    }
                    for (Map<String, Object> peer : peers) {
                        if (peer.containsKey("namespaceSelector") || peer.containsKey("ipBlock")
                                || Selectors.isEmpty(Manifests.map(peer, "podSelector"))) {
                            problems.add(where + " accepts traffic from outside the apps: " + peer);
                            continue;
                        }
                        for (Pods source : pods) {
                            if (Selectors.matches(Manifests.map(peer, "podSelector"), source.labels())
                                    && pod.isApp() && !source.isApp()) {
                                problems.add(where + " accepts traffic from " + source.id()
                                        + ": services accept only the gateway and each other");
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
        for (Apps app : Apps.ALL) {
            Pods pod = appPod(overlay, app);
            assertThat(policies).as("%s is opened by a policy of its own", app.name()).anySatisfy(policy -> {
                assertThat(Selectors.isEmpty(Manifests.map(policy, "spec.podSelector"))).isFalse();
                assertThat(Selectors.matches(Manifests.map(policy, "spec.podSelector"), pod.labels())).isTrue();
            });
        }
    }

    @Test
    void devRunsOneReplicaOfEachAppWithTheDataStoresInTheNamespace() {
        List<Map<String, Object>> objects = rendered("dev");
        assertThat(Manifests.ofKind(objects, "HorizontalPodAutoscaler")).isEmpty();
        for (Apps app : Apps.ALL) {
            assertThat(Manifests.get(appPod("dev", app).workload(), "spec.replicas")).as(app.name()).isIn(null, 1);
        }
        assertThat(Manifests.find(objects, "StatefulSet", "postgres")).isPresent();
        assertThat(Manifests.find(objects, "StatefulSet", "kafka")).isPresent();
        assertThat(Manifests.find(objects, "Deployment", "redis")).isPresent();
        assertThat(Manifests.find(objects, "Job", "kafka-topics")).isPresent();
        Map<String, Object> config = Manifests.find(objects, "ConfigMap", "coalition-config").orElseThrow();
        assertThat(Manifests.get(config, "data.KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
    }

    @Test
    void devDefinesEveryReferencedConfigMapAndSecretButTheTwoTheUserCreates() {
        List<Map<String, Object>> objects = rendered("dev");
        Set<String> missing = new HashSet<>();
        references(objects, "ConfigMap").forEach(name -> {
            if (Manifests.find(objects, "ConfigMap", name).isEmpty()) {
                missing.add("ConfigMap/" + name);
            }
        });
        references(objects, "Secret").forEach(name -> {
            if (Manifests.find(objects, "Secret", name).isEmpty()) {
                missing.add("Secret/" + name);
            }
        });
        assertThat(missing).containsExactlyInAnyOrder("Secret/coalition-gateway", "Secret/coalition-token-keys");
    }

    @Test
    void prodScalesEveryAppWithAnAutoscalerAndADisruptionBudget() {
        List<Map<String, Object>> objects = rendered("prod");
        int eventPartitions = Manifests.ofKind(objects, "KafkaTopic").stream()
                .filter(topic -> Apps.EVENT_TOPICS.contains(Manifests.name(topic)))
                .mapToInt(topic -> ((Number) Manifests.get(topic, "spec.partitions")).intValue())
                .min().orElseThrow();
        for (Apps app : Apps.ALL) {
            Map<String, Object> hpa = Manifests.find(objects, "HorizontalPodAutoscaler", app.name()).orElseThrow();
            assertThat(Manifests.get(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat(Manifests.get(hpa, "spec.scaleTargetRef.name")).isEqualTo(app.name());
            int min = ((Number) Manifests.get(hpa, "spec.minReplicas")).intValue();
            int max = ((Number) Manifests.get(hpa, "spec.maxReplicas")).intValue();
            assertThat(min).as(app.name()).isGreaterThanOrEqualTo(3);
            assertThat(max).as(app.name()).isGreaterThan(min);
            if (!app.isGateway()) {
                assertThat(max).as("%s replicas beyond the partitions would idle in their consumer group", app.name())
                        .isLessThanOrEqualTo(eventPartitions);
            }
            assertThat(Manifests.get(appPod("prod", app).workload(), "spec.replicas"))
                    .as("%s leaves its replica count to the autoscaler", app.name()).isNull();
            Map<String, Object> pdb = Manifests.find(objects, "PodDisruptionBudget", app.name()).orElseThrow();
            assertThat(Selectors.matches(Manifests.map(pdb, "spec.selector"), appPod("prod", app).labels())).isTrue();
            assertThat(Manifests.get(pdb, "spec.maxUnavailable")).isEqualTo(1);
        }
    }

    @Test
    void prodServesTheGatewayOverTlsAtTheAddressItsLinksName() {
        List<Map<String, Object>> objects = rendered("prod");
        Map<String, Object> ingress = Manifests.find(objects, "Ingress", "gateway").orElseThrow();
        String host = String.valueOf(Manifests.maps(ingress, "spec.rules").get(0).get("host"));
        assertThat(Manifests.maps(ingress, "spec.tls")).anySatisfy(tls -> assertThat(Manifests.list(tls, "hosts")).contains(host));
        Map<String, Object> config = Manifests.find(objects, "ConfigMap", "coalition-config").orElseThrow();
        assertThat(Manifests.get(config, "data.COALITION_PUBLIC_BASE_URL")).isEqualTo("https://" + host);
    }

    @Test
    void prodCommitsNoSecretsAndNamesTheOnesThePlatformProvides() {
        List<Map<String, Object>> objects = rendered("prod");
        assertThat(Manifests.ofKind(objects, "Secret")).isEmpty();
        assertThat(references(objects, "Secret")).containsExactlyInAnyOrder("coalition-db-partners",
                "coalition-db-meetings", "coalition-db-projects", "coalition-db-gateway", "coalition-token-keys",
                "coalition-gateway", "coalition-redis");
        Map<String, Object> cluster = Manifests.find(objects, "Cluster", "coalition-db").orElseThrow();
        Set<String> roleSecrets = new HashSet<>();
        Manifests.maps(cluster, "spec.managed.roles")
                .forEach(role -> roleSecrets.add(String.valueOf(Manifests.get(role, "passwordSecret.name"))));
        roleSecrets.add(String.valueOf(Manifests.get(cluster, "spec.bootstrap.initdb.secret.name")));
        assertThat(roleSecrets).as("the database roles use the Secrets the apps read")
                .containsExactlyInAnyOrder("coalition-db-partners", "coalition-db-meetings", "coalition-db-projects",
                        "coalition-db-gateway");
    }

    @Test
    void prodConnectsToTheOperatorManagedKafkaAndPostgres() {
        List<Map<String, Object>> objects = rendered("prod");
        Map<String, Object> config = Manifests.find(objects, "ConfigMap", "coalition-config").orElseThrow();
        Map<String, Object> kafka = Manifests.ofKind(objects, "Kafka").get(0);
        assertThat(Manifests.get(config, "data.KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(Manifests.name(kafka) + "-kafka-bootstrap:9092");
        assertThat(Manifests.map(kafka, "spec.kafka.config")).containsEntry("auto.create.topics.enable", false)
                .containsEntry("min.insync.replicas", 2);
        Map<String, Object> cluster = Manifests.ofKind(objects, "Cluster").get(0);
        Set<String> databases = new HashSet<>();
        databases.add(String.valueOf(Manifests.get(cluster, "spec.bootstrap.initdb.database")));
        Manifests.ofKind(objects, "Database").forEach(database -> {
            assertThat(Manifests.get(database, "spec.cluster.name")).isEqualTo(Manifests.name(cluster));
            databases.add(String.valueOf(Manifests.get(database, "spec.name")));
        });
        for (Apps app : Apps.ALL) {
            assertThat(databases).contains(app.database());
            assertThat(String.valueOf(Manifests.get(config, "data." + app.prefix() + "_DB_URL")))
                    .startsWith("jdbc:postgresql://" + Manifests.name(cluster) + "-rw:5432/" + app.database());
        }
    }

    @Test
    void prodDeclaresEveryTopicWithRetentionChosenOnPurpose() {
        List<Map<String, Object>> objects = rendered("prod");
        String cluster = Manifests.name(Manifests.ofKind(objects, "Kafka").get(0));
        Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
        for (Map<String, Object> topic : Manifests.ofKind(objects, "KafkaTopic")) {
            assertThat(Manifests.map(topic, "metadata.labels")).containsEntry("strimzi.io/cluster", cluster);
            topics.put(String.valueOf(Manifests.get(topic, "spec.topicName")), Manifests.map(topic, "spec"));
        }
        List<String> expected = new ArrayList<>();
        Apps.EVENT_TOPICS.forEach(topic -> {
            expected.add(topic);
            expected.add(topic + ".dlq");
        });
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        topics.forEach((name, spec) -> {
            int replicas = ((Number) spec.get("replicas")).intValue();
            Map<String, Object> config = Manifests.map(spec, "config");
            assertThat(replicas).as(name).isGreaterThanOrEqualTo(3);
            assertThat(((Number) config.get("min.insync.replicas")).intValue()).as(name).isBetween(2, replicas - 1);
            assertThat(config.get("cleanup.policy")).as(name).isEqualTo("delete");
            Number retention = (Number) config.get("retention.ms");
            if (name.endsWith(".dlq")) {
                assertThat(retention.longValue()).as(name).isEqualTo(30L * 24 * 60 * 60 * 1000);
            } else {
                assertThat(retention.longValue()).as("%s keeps every event for replicas rebuilt from the start", name)
                        .isEqualTo(-1L);
            }
        });
    }

    private static Pods appPod(String overlay, Apps app) {
        return Pods.of(rendered(overlay)).stream()
                .filter(pod -> Manifests.kind(pod.workload()).equals("Deployment") && Manifests.name(pod.workload()).equals(app.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + app.name() + " in overlay " + overlay));
    }

    /** A variable taken from a Secret key. */
    record SecretRef(String secret, String key) {
    }

    /** The container's environment as the kubelet would build it: envFrom ConfigMaps, then env. */
    private static Map<String, Object> environment(List<Map<String, Object>> objects, Map<String, Object> container) {
        Map<String, Object> environment = new HashMap<>();
        for (Map<String, Object> source : Manifests.maps(container, "envFrom")) {
            Object configMap = Manifests.get(source, "configMapRef.name");
            if (configMap != null) {
                Manifests.map(Manifests.find(objects, "ConfigMap", String.valueOf(configMap))
                        .orElseThrow(() -> new AssertionError("no ConfigMap " + configMap)), "data")
                        .forEach(environment::put);
            }
            Object secret = Manifests.get(source, "secretRef.name");
            if (secret != null) {
                throw new AssertionError("envFrom a whole Secret hides which credentials an app gets: " + secret);
            }
        }
        for (Map<String, Object> variable : Manifests.maps(container, "env")) {
            String name = String.valueOf(variable.get("name"));
            if (variable.containsKey("value")) {
                environment.put(name, String.valueOf(variable.get("value")));
            } else if (Manifests.get(variable, "valueFrom.secretKeyRef") != null) {
                environment.put(name, new SecretRef(String.valueOf(Manifests.get(variable, "valueFrom.secretKeyRef.name")),
                        String.valueOf(Manifests.get(variable, "valueFrom.secretKeyRef.key"))));
            } else if (Manifests.get(variable, "valueFrom.configMapKeyRef") != null) {
                String configMap = String.valueOf(Manifests.get(variable, "valueFrom.configMapKeyRef.name"));
                environment.put(name, Manifests.get(Manifests.find(objects, "ConfigMap", configMap).orElseThrow(),
                        "data." + Manifests.get(variable, "valueFrom.configMapKeyRef.key")));
            } else {
                environment.put(name, variable.get("valueFrom"));
            }
        }
        return environment;
    }

    /** File path in the container to Secret key, for the files the container mounts from that Secret. */
    private static Map<String, String> mountedSecretFiles(Pods pod, Map<String, Object> container, String secret) {
        Map<String, String> files = new HashMap<>();
        for (Map<String, Object> volume : Manifests.maps(pod.spec(), "volumes")) {
            if (!secret.equals(Manifests.get(volume, "secret.secretName"))) {
                continue;
            }
            for (Map<String, Object> mount : Manifests.maps(container, "volumeMounts")) {
                if (!volume.get("name").equals(mount.get("name"))) {
                    continue;
                }
                assertThat(mount.get("readOnly")).as("%s mounts %s read-only", pod.id(), secret).isEqualTo(true);
                List<Map<String, Object>> items = Manifests.maps(volume, "secret.items");
                assertThat(items).as("%s mounts only the keys it needs from %s", pod.id(), secret).isNotEmpty();
                for (Map<String, Object> item : items) {
                    files.put(mount.get("mountPath") + "/" + item.get("path"), String.valueOf(item.get("key")));
                }
            }
        }
        return files;
    }

    /** Names of the objects of that kind (ConfigMap or Secret) that the workloads refer to. */
    private static Set<String> references(List<Map<String, Object>> objects, String kind) {
        String ref = kind.equals("Secret") ? "secretKeyRef" : "configMapKeyRef";
        String envFrom = kind.equals("Secret") ? "secretRef" : "configMapRef";
        Set<String> names = new HashSet<>();
        for (Pods pod : Pods.of(objects)) {
            for (Map<String, Object> container : pod.containers()) {
                Manifests.maps(container, "env").forEach(variable -> {
                    Object name = Manifests.get(variable, "valueFrom." + ref + ".name");
                    if (name != null) {
                        names.add(String.valueOf(name));
                    }
                });
                Manifests.maps(container, "envFrom").forEach(source -> {
                    Object name = Manifests.get(source, envFrom + ".name");
                    if (name != null) {
                        names.add(String.valueOf(name));
                    }
                });
            }
            for (Map<String, Object> volume : Manifests.maps(pod.spec(), "volumes")) {
                Object name = kind.equals("Secret") ? Manifests.get(volume, "secret.secretName")
                        : Manifests.get(volume, "configMap.name");
                if (name != null) {
                    names.add(String.valueOf(name));
                }
            }
        }
        return names;
    }
}
