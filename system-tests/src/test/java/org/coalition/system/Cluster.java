package org.coalition.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The system under test: a private Kafka broker (through dev/kafka-broker) and the three services as
 * OS processes from their built jars, each with a fresh database on the machine's PostgreSQL. Everything
 * it starts it can kill, freeze or restart without touching anything another developer runs.
 */
final class Cluster implements AutoCloseable {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path WORK = ROOT.resolve("system-tests/target/system-tests");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    final Pg pg = Pg.fromEnvironment();
    final Broker broker;
    final Map<String, Service> services = new LinkedHashMap<>();
    /** meetings-service reaches PostgreSQL through this, so that a test can cut it off. */
    TcpProxy meetingsDatabase;

    private Cluster(Broker broker) {
        this.broker = broker;
    }

    /** The jars a run needs that are missing, as paths relative to the repository root. */
    static List<String> missingJars() {
        List<String> missing = new ArrayList<>();
        for (String module : List.of("partners-service", "meetings-service", "projects-service")) {
            if (!Files.isRegularFile(jar(module))) {
                missing.add(module + "/target/quarkus-app/quarkus-run.jar");
            }
        }
        return missing;
    }

    static Path jar(String module) {
        return ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static Cluster start() throws Exception {
        Files.createDirectories(WORK);
        Broker broker = new Broker(freePort(), freePort(), WORK.resolve("kafka"));
        deleteTree(broker.dir);
        Cluster cluster = new Cluster(broker);
        try {
            broker.start();
            cluster.add("partners-service", "PARTNERS");
            cluster.add("meetings-service", "MEETINGS");
            cluster.add("projects-service", "PROJECTS");
            cluster.meetingsDatabase = new TcpProxy(cluster.pg.host(), cluster.pg.port());
            cluster.meetings().databaseVia("127.0.0.1", cluster.meetingsDatabase.port());
            for (Service service : cluster.services.values()) {
                cluster.pg.freshDatabase(service.database);
                service.launch();
            }
            for (Service service : cluster.services.values()) {
                service.awaitReady();
            }
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void add(String module, String prefix) throws IOException {
        String database = "coalition_" + module.substring(0, module.indexOf('-')) + "_sys";
        services.put(module, new Service(module, prefix, freePort(), database, this));
    }

    Service partners() {
        return services.get("partners-service");
    }

    Service meetings() {
        return services.get("meetings-service");
    }

    Service projects() {
        return services.get("projects-service");
    }

    @Override
    public void close() {
        for (Service service : services.values()) {
            service.kill();
        }
        broker.stop();
        if (meetingsDatabase != null) {
            try {
                meetingsDatabase.close();
            } catch (IOException e) {
                // the proxy's sockets die with this JVM anyway
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The machine's PostgreSQL, as dev/test exports it (COALITION_PG_*), else 127.0.0.1:5432 as postgres. */
    record Pg(String host, int port, String user, String password) {

        static Pg fromEnvironment() {
            return new Pg(env("COALITION_PG_HOST", "127.0.0.1"), Integer.parseInt(env("COALITION_PG_PORT", "5432")),
                    env("COALITION_PG_USER", "postgres"), env("COALITION_PG_PASSWORD", ""));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url(database), user, password);
        }

        void freshDatabase(String database) throws SQLException {
            try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
                s.execute("CREATE DATABASE \"" + database + "\"");
            }
        }
    }

    /** A private single-node KRaft broker, run by dev/kafka-broker so that it is configured like dev/up's. */
    static final class Broker {
        final int port;
        final int controllerPort;
        final Path dir;

        Broker(int port, int controllerPort, Path dir) {
            this.port = port;
            this.controllerPort = controllerPort;
            this.dir = dir;
        }

        String bootstrap() {
            return "127.0.0.1:" + port;
        }

        void start() throws Exception {
            run("start", String.valueOf(port), String.valueOf(controllerPort), dir.toString());
        }

        /** SIGTERM, then SIGKILL; the data directory stays. */
        void stop() {
            try {
                run("stop", dir.toString());
            } catch (Exception e) {
                kill();
            }
        }

        /** SIGKILL: the broker gets no chance to flush or leave cleanly. */
        void kill() {
            pid().flatMap(ProcessHandle::of).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }

        private java.util.Optional<Long> pid() {
            try {
                return java.util.Optional.of(Long.parseLong(Files.readString(dir.resolve("pids/kafka.pid")).trim()));
            } catch (IOException | NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }

        private void run(String... args) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(ROOT.resolve("dev/kafka-broker").toString());
            command.addAll(List.of(args));
            Path log = WORK.resolve("kafka-broker.log");
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("dev/kafka-broker " + args[0] + " did not finish within 240 s (see " + log + ")");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("dev/kafka-broker " + String.join(" ", args) + " failed (see " + log + ")");
            }
        }
    }

    /** One service: its own port, database and log; launched, killed and relaunched as an OS process. */
    static final class Service {
        final String module;
        final String prefix;
        final int port;
        final String database;
        final Path log;
        private final Cluster cluster;
        private final Map<String, String> extraEnv = new LinkedHashMap<>();
        private Process process;

        Service(String module, String prefix, int port, String database, Cluster cluster) {
            this.module = module;
            this.prefix = prefix;
            this.port = port;
            this.database = database;
            this.log = WORK.resolve(module + ".log");
            this.cluster = cluster;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        /** Sends the service's database connections to HOST:PORT instead (a proxy), from the next launch on. */
        void databaseVia(String host, int port) {
            extraEnv.put(prefix + "_DB_URL", "jdbc:postgresql://" + host + ":" + port + "/" + database);
        }

        void launch() throws IOException {
            Pg pg = cluster.pg;
            ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx256m", "-jar", jar(module).toString())
                    .directory(ROOT.resolve(module).toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put(prefix + "_HTTP_PORT", String.valueOf(port));
            env.put(prefix + "_DB_URL", pg.url(database));
            env.put(prefix + "_DB_USER", pg.user());
            env.put(prefix + "_DB_PASSWORD", pg.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", cluster.broker.bootstrap());
            env.putAll(extraEnv);
            Files.writeString(log, "==== launched " + java.time.Instant.now() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited during startup (see " + log + ")");
                }
                if (ready()) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(module + " not ready within " + READY_TIMEOUT + " (see " + log + ")");
        }

        boolean ready() {
            try {
                HttpResponse<Void> response = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void restart() throws Exception {
            launch();
            awaitReady();
        }

        /** SIGKILL, waiting until the process is gone. */
        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            }
        }

        /** SIGTERM: the service shuts down gracefully. Returns the process to wait for. */
        Process terminate() {
            process.destroy();
            return process;
        }

        private static String javaBin() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
