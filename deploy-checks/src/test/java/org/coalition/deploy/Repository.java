package org.coalition.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the deployment files live in: the parent of this module. */
final class Repository {

    static final Path ROOT = locate();

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("k8s"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no docker-compose.yml and k8s/ above " + Path.of("").toAbsolutePath());
    }
}
