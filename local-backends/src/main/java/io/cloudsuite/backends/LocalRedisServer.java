package io.cloudsuite.backends;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server running as a child process on 127.0.0.1, with persistence off.
 *
 * <p>It runs the machine's own {@code redis-server} when one is on the PATH, otherwise the real binary shipped
 * inside the embedded-redis jar, so a newcomer needs nothing installed. {@link #stop()} and {@link #start()} can
 * be called again on the same port, which is how tests simulate an outage and a recovery.
 */
public final class LocalRedisServer implements LocalBackend {

    private static final Logger LOG = Logger.getLogger(LocalRedisServer.class.getName());

    private final int port;
    private final ExecutableProvider executable;
    private final String executableDescription;
    private RedisServer server;

    /** Which redis-server binary runs. */
    public enum Binary {
        /** The machine's {@code redis-server} when one is on the PATH, else the bundled one. */
        MACHINE_FIRST,
        /** Always the binary shipped inside embedded-redis, as on a machine with nothing installed. */
        BUNDLED
    }

    private LocalRedisServer(int port, Binary binary) {
        this.port = port;
        ExecutableProvider onPath = binary == Binary.MACHINE_FIRST ? machineRedisServer() : null;
        this.executable = onPath != null ? onPath : ExecutableProvider.newJarResourceProvider();
        this.executableDescription =
                onPath != null ? "redis-server from PATH" : "redis-server bundled in embedded-redis";
    }

    /** Starts a server on the given port and returns once it accepts connections. */
    public static LocalRedisServer startOn(int port) {
        return startOn(port, Binary.MACHINE_FIRST);
    }

    public static LocalRedisServer startOn(int port, Binary binary) {
        LocalRedisServer redis = new LocalRedisServer(port, binary);
        redis.start();
        return redis;
    }

    /** Starts a server on a free port. */
    public static LocalRedisServer startOnFreePort() {
        return startOn(FreePort.find());
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            RedisServer candidate = RedisServer.newRedisServer()
                    .executableProvider(executable)
                    .port(port)
                    .bind(LOOPBACK)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("protected-mode yes")
                    // SIGTERM and wait for exit, so the port is free again when stop() returns.
                    .onShutdownForceStop(false)
                    // Drain the server's output so a chatty server never blocks on a full pipe.
                    .soutListener(line -> LOG.finest(line))
                    .serrListener(line -> LOG.fine(line))
                    .build();
            candidate.start();
            server = candidate;
            StopOnExit.register(this);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Redis on " + LOOPBACK + ":" + port, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop Redis on port " + port, e);
        } finally {
            server = null;
            StopOnExit.unregister(this);
        }
    }

    /** Which binary runs: the machine's own or the one bundled in embedded-redis. */
    @Override
    public String executableDescription() {
        return executableDescription;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public int port() {
        return port;
    }

    /** The address in the form Quarkus' {@code quarkus.redis.hosts} expects. */
    @Override
    public String uri() {
        return "redis://" + LOOPBACK + ":" + port;
    }

    private static ExecutableProvider machineRedisServer() {
        try {
            return ExecutableProvider.newExecutableInPath("redis-server");
        } catch (FileNotFoundException notOnPath) {
            return null;
        }
    }
}
