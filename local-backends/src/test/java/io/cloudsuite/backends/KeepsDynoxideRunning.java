package io.cloudsuite.backends;

import java.nio.file.Path;

/**
 * A JVM that starts Dynoxide, prints its port and waits forever: {@link LocalDynoxideServerTest} kills it outright
 * to prove the server does not outlive it.
 */
public final class KeepsDynoxideRunning {

    private KeepsDynoxideRunning() {}

    public static void main(String[] args) throws InterruptedException {
        DynoxideBinary binary = new DynoxideBinary(Path.of(args[0]), "given");
        LocalDynoxideServer server = LocalDynoxideServer.startOnFreePort(binary);
        System.out.println(server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
