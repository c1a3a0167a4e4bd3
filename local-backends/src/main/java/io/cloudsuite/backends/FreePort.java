package io.cloudsuite.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks a loopback port that nothing listens on right now. */
public final class FreePort {

    private FreePort() {}

    /**
     * A free port other than {@code taken}: ports found one after the other are not held, so the system may hand the
     * same one out twice, and two Vert.x servers of one JVM given the same port share it instead of failing (the
     * management interface then answers half of the public port's connections).
     */
    public static int findOtherThan(int taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = find();
            if (port != taken) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port other than " + taken);
    }

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
