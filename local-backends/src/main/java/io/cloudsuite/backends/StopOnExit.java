package io.cloudsuite.backends;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops every started local backend when the JVM exits normally or on SIGTERM/SIGINT. A JVM killed outright runs
 * no hook: servers that must not outlive it then rely on their own watchdog (see {@link WatchedProcess}).
 */
final class StopOnExit {

    private static final Set<LocalBackend> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(StopOnExit::stopAll, "local-backends-stop"));
    }

    private StopOnExit() {}

    static void register(LocalBackend backend) {
        RUNNING.add(backend);
    }

    static void unregister(LocalBackend backend) {
        RUNNING.remove(backend);
    }

    private static void stopAll() {
        for (LocalBackend backend : RUNNING) {
            try {
                backend.stop();
            } catch (RuntimeException e) {
                // Keep stopping the others; the JVM is exiting anyway.
            }
        }
    }
}
