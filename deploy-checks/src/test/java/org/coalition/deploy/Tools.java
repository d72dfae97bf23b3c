package org.coalition.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Finds and runs the command-line tools the checks use when the machine has them. */
final class Tools {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private Tools() {
    }

    /** The executable of that name on PATH, if any. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The command that renders a kustomization: kubectl's built-in kustomize, else kustomize itself. */
    static Optional<List<String>> kustomizeCommand() {
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return Optional.of(List.of(kubectl.get().toString(), "kustomize"));
        }
        return onPath("kustomize").map(kustomize -> List.of(kustomize.toString(), "build"));
    }

    /** The Compose command: the docker plugin (v2) where it answers, else docker-compose (v1 or v2). */
    static Optional<List<String>> composeCommand() {
        Optional<Path> docker = onPath("docker");
        if (docker.isPresent() && run(List.of(docker.get().toString(), "compose", "version"), Map.of(), null).exitCode() == 0) {
            return Optional.of(List.of(docker.get().toString(), "compose"));
        }
        return onPath("docker-compose").map(compose -> List.of(compose.toString()));
    }

    /**
     * Runs a command in the repository root and waits at most a minute. Entries of {@code environment}
     * with a null value are removed from the inherited environment.
     */
    static Result run(List<String> command, Map<String, String> environment, Path workingDirectory) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .directory((workingDirectory == null ? Repository.ROOT : workingDirectory).toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after 60 s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
