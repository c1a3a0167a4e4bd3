package io.cloudsuite.launcher;

import java.util.ArrayList;
import java.util.List;

import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;

/**
 * The background JVM that holds the local backend servers of a running suite: {@code BackendsHost REDIS=41234
 * DYNAMODB=41235} starts one local-backends server per argument and keeps them until it is stopped. SIGTERM (what
 * {@code ./suite down} sends) runs local-backends' shutdown hook, which stops every server and waits for its port.
 */
public final class BackendsHost {

    private BackendsHost() {}

    public static void main(String[] args) throws InterruptedException {
        List<LocalBackend> started = new ArrayList<>();
        for (String arg : args) {
            String[] kindAndPort = arg.split("=", 2);
            LocalBackendKind kind = LocalBackendKind.valueOf(kindAndPort[0]);
            LocalBackend backend = kind.startOn(Integer.parseInt(kindAndPort[1]));
            started.add(backend);
            System.out.printf(
                    "%s ready at %s (%s)%n", kind.displayName(), backend.uri(), backend.executableDescription());
        }
        System.out.println("All " + started.size() + " backend server(s) ready; stop with SIGTERM (./suite down).");
        Thread.currentThread().join();
    }
}
