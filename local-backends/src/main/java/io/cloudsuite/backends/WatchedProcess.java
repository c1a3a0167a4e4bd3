package io.cloudsuite.backends;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A server started as a child process that cannot outlive this JVM, even when the JVM is killed outright
 * (SIGKILL, a crashed IDE test run) and no shutdown hook runs.
 *
 * <p>The server runs under a small POSIX {@code sh} watchdog that reads its standard input, a pipe whose only
 * writer is this JVM. The kernel closes that pipe when the JVM dies for any reason; the watchdog then sees end of
 * input and stops the server. {@link #stop()} closes the pipe itself, so a normal stop takes the same path.
 */
final class WatchedProcess {

    private static final Logger LOG = Logger.getLogger(WatchedProcess.class.getName());

    /**
     * {@code $@} is the server's command. Its stdin is /dev/null; the watchdog keeps the JVM's pipe on fd 3 and
     * kills the server at end of input. The shell exits with the server, so the JVM sees the server's exit.
     */
    private static final String WATCHDOG = """
            exec 3<&0
            "$@" </dev/null &
            server=$!
            ( cat <&3 >/dev/null; kill "$server" 2>/dev/null ) &
            exec 3<&-
            wait "$server"
            """;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int OUTPUT_LINES_KEPT = 20;

    private final Process process;
    private final Deque<String> lastOutput = new ArrayDeque<>();

    private WatchedProcess(Process process, String name) {
        this.process = process;
        Thread drain = new Thread(this::drainOutput, name + "-output");
        drain.setDaemon(true);
        drain.start();
        // Once the server is gone, close the pipe so the watchdog's reader ends too.
        process.onExit().thenRun(this::closeWatchdogPipe);
    }

    /**
     * Starts {@code command} under the watchdog and returns once something accepts connections on the port.
     *
     * @throws IllegalStateException when the server exits or does not answer in time (with its last output)
     */
    static WatchedProcess start(String name, List<String> command, int port) {
        List<String> full = new ArrayList<>(List.of("sh", "-c", WATCHDOG, name + "-watchdog"));
        full.addAll(command);
        Process process;
        try {
            process = new ProcessBuilder(full).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0), e);
        }
        WatchedProcess started = new WatchedProcess(process, name);
        started.awaitAnswering(name, port);
        return started;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends a signal to the server itself (not its watchdog), e.g. {@code STOP} to freeze it as a stalled backend
     * and {@code CONT} to let it go on; a frozen server keeps its connections open and its data.
     */
    void signalServer(String signal, Path executable) {
        Path real = realPath(executable);
        ProcessHandle server = process.children()
                .filter(child -> child.info()
                        .command()
                        .map(command -> realPath(Path.of(command)).equals(real))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the server process " + executable + " is not running"));
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + server.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + executable, e);
        }
    }

    /** Stops the server and waits until it has exited. */
    void stop() {
        closeWatchdogPipe();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    private void awaitAnswering(String name, int port) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before answering on " + LocalBackend.LOOPBACK + ":" + port + "; its output: "
                        + lastOutput());
            }
            if (TcpProbe.isAnswering(LocalBackend.LOOPBACK, port)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new IllegalStateException(name + " did not answer on " + LocalBackend.LOOPBACK + ":" + port + " within "
                + READY_TIMEOUT.toSeconds() + " s; its output: " + lastOutput());
    }

    private void closeWatchdogPipe() {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // nothing left to close
        }
    }

    /** Keeps the last lines for error messages, and never lets a chatty server block on a full pipe. */
    private void drainOutput() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                LOG.finest(line);
                synchronized (lastOutput) {
                    if (lastOutput.size() == OUTPUT_LINES_KEPT) {
                        lastOutput.removeFirst();
                    }
                    lastOutput.addLast(line);
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    private String lastOutput() {
        synchronized (lastOutput) {
            return lastOutput.isEmpty() ? "(none)" : String.join(" | ", lastOutput);
        }
    }
}
