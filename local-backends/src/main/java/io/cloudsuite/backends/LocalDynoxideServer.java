package io.cloudsuite.backends;

import java.util.List;

/**
 * A real Dynoxide (a DynamoDB-compatible server, MIT/Apache-2.0) running as a child process on 127.0.0.1, in memory:
 * every start begins with no tables. The binary is a {@code dynoxide} on the PATH or the one fetched once with npm
 * (see {@link DynoxideBinary}). {@link #stop()} and {@link #start()} can be called again on the same port, which is
 * how tests simulate an outage and a recovery. The server stops with this JVM, even one killed outright.
 */
public final class LocalDynoxideServer implements LocalBackend {

    private final int port;
    private final DynoxideBinary binary;
    private WatchedProcess process;
    private boolean frozen;

    private LocalDynoxideServer(int port, DynoxideBinary binary) {
        this.port = port;
        this.binary = binary;
    }

    /** Starts a server on the given port and returns once it accepts connections. */
    public static LocalDynoxideServer startOn(int port) {
        return startOn(port, DynoxideBinary.locate());
    }

    public static LocalDynoxideServer startOn(int port, DynoxideBinary binary) {
        LocalDynoxideServer dynoxide = new LocalDynoxideServer(port, binary);
        dynoxide.start();
        return dynoxide;
    }

    /** Starts a server on a free port. */
    public static LocalDynoxideServer startOnFreePort() {
        return startOn(FreePort.find());
    }

    public static LocalDynoxideServer startOnFreePort(DynoxideBinary binary) {
        return startOn(FreePort.find(), binary);
    }

    @Override
    public synchronized void start() {
        if (process != null) {
            return;
        }
        if (TcpProbe.isAnswering(LOOPBACK, port)) {
            throw new IllegalStateException(
                    "cannot start Dynoxide on " + LOOPBACK + ":" + port + ": something else already listens there");
        }
        // No --db-path: SQLite in memory, nothing on disk.
        process = WatchedProcess.start(
                "dynoxide",
                List.of(binary.executable().toString(), "serve", "--host", LOOPBACK, "--port", Integer.toString(port)),
                port);
        StopOnExit.register(this);
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        thaw();
        try {
            process.stop();
        } finally {
            process = null;
            StopOnExit.unregister(this);
        }
    }

    /**
     * Freezes the running server (SIGSTOP) as a stalled backend: connections open, requests unanswered, data kept.
     * {@link #thaw()} lets it answer again; {@link #stop()} thaws it first.
     */
    public synchronized void freeze() {
        if (process == null) {
            throw new IllegalStateException("Dynoxide on port " + port + " is not running");
        }
        if (!frozen) {
            process.signalServer("STOP", binary.executable());
            frozen = true;
        }
    }

    public synchronized void thaw() {
        if (process != null && frozen) {
            process.signalServer("CONT", binary.executable());
        }
        frozen = false;
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public int port() {
        return port;
    }

    /** The endpoint in the form {@code quarkus.dynamodb.endpoint-override} expects. */
    @Override
    public String uri() {
        return "http://" + LOOPBACK + ":" + port;
    }

    @Override
    public String executableDescription() {
        return binary.description();
    }
}
