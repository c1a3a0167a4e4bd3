package io.cloudsuite.backends;

/**
 * The one shape every local backend server shares (Redis, Dynoxide, …): a real server running as a child process on
 * 127.0.0.1 at a fixed port, in memory, that {@link #start()} brings up and {@link #stop()} takes down, as often as
 * a test needs to simulate an outage and a recovery. A started server also stops when the JVM exits.
 */
public interface LocalBackend extends AutoCloseable {

    /** The loopback address every local backend binds to. */
    String LOOPBACK = "127.0.0.1";

    /** Starts the server if it is not running and returns once it accepts connections on {@link #port()}. */
    void start();

    /** Stops the server if it is running and returns once its port is free again. */
    void stop();

    boolean isRunning();

    int port();

    /** The address in the form the service's client configuration expects, e.g. {@code redis://127.0.0.1:6379}. */
    String uri();

    /** Which binary runs, and where it came from (PATH, bundled, fetched), for one log line. */
    String executableDescription();

    @Override
    default void close() {
        stop();
    }
}
