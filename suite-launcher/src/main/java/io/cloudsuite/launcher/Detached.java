package io.cloudsuite.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudsuite.backends.ExecutableOnPath;

/**
 * Starts a process that outlives {@code ./suite up}: in a session of its own ({@code setsid}, so a Ctrl-C or a
 * closed terminal reaches only the launcher, which then decides what to stop), reading nothing, writing to its log (started afresh).
 * {@code setsid} execs in place here (the JVM's child is no process group leader), so the PID is the program's own.
 */
final class Detached {

    private static final Optional<Path> SETSID = ExecutableOnPath.find("setsid");

    private Detached() {
    }

    static Process start(List<String> command, Path log, Path workingDirectory) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> full = new ArrayList<>();
        SETSID.ifPresent(setsid -> full.add(setsid.toString()));
        full.addAll(command);
        return new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
    }
}
