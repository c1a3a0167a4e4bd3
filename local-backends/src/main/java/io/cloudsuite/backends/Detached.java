package io.cloudsuite.backends;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a process that outlives the JVM starting it ({@code ./suite up}): in a session of its own ({@code setsid},
 * so a Ctrl-C or a closed terminal reaches only the launcher, which then decides what to stop), reading nothing,
 * writing to its log (started afresh). {@code setsid} execs in place here (the JVM's child is no process group
 * leader), so the PID is the program's own.
 */
public final class Detached {

    private static final Optional<Path> SETSID = ExecutableOnPath.find("setsid");

    private Detached() {}

    public static Process start(List<String> command, Path log, Path workingDirectory) throws IOException {
        return processBuilder(command, log).directory(workingDirectory.toFile()).start();
    }

    /** The same, not started yet, for a caller that still sets the environment. */
    public static ProcessBuilder processBuilder(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> full = new ArrayList<>();
        SETSID.ifPresent(setsid -> full.add(setsid.toString()));
        full.addAll(command);
        return new ProcessBuilder(full)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    }
}
