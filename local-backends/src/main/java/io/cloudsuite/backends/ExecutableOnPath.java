package io.cloudsuite.backends;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program the way a shell would: the first executable file of that name in a PATH-style list. */
public final class ExecutableOnPath {

    private ExecutableOnPath() {}

    /** Looks in this process's PATH. */
    public static Optional<Path> find(String name) {
        return find(name, System.getenv("PATH"));
    }

    public static Optional<Path> find(String name, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
