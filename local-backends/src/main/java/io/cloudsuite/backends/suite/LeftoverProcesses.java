package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's children (services and Redis), written down while they run, so that the next launch can stop
 * whatever a launcher killed without cleanup (SIGKILL, a closed terminal) left behind instead of failing on a port
 * that is taken. A recorded process is stopped only while its command line is still the recorded one, so a process
 * id the system has since given to something else is left alone.
 */
final class LeftoverProcesses {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final String SEPARATOR = "\t";

    private final Path file;

    LeftoverProcesses(Path file) {
        this.file = file;
    }

    /** Records every process running now as a child of this JVM. */
    void recordChildrenOf(ProcessHandle parent) {
        List<String> lines = new ArrayList<>();
        parent.children().forEach(child -> commandLine(child)
                .ifPresent(command -> lines.add(child.pid() + SEPARATOR + command)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the suite's processes in " + file, e);
        }
    }

    /** Stops the recorded processes that still run the recorded command; returns how many it stopped. */
    int stopLeftovers() {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        int stopped = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(SEPARATOR, 2);
                if (fields.length == 2 && stopIfStillRunning(Long.parseLong(fields[0]), fields[1])) {
                    stopped++;
                }
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return stopped;
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static boolean stopIfStillRunning(long pid, String recordedCommand) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()
                || !commandLine(process.get()).map(recordedCommand::equals).orElse(false)) {
            return false;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notYet) {
            process.get().destroyForcibly();
        }
        return true;
    }

    private static Optional<String> commandLine(ProcessHandle process) {
        return process.info().commandLine();
    }
}
