package io.cloudsuite.backends;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Tells whether something accepts TCP connections at an address, without speaking its protocol. */
public final class TcpProbe {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private TcpProbe() {}

    public static boolean isAnswering(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Same check for a URI such as {@code redis://127.0.0.1:6379}. */
    public static boolean isAnswering(URI uri) {
        return isAnswering(uri.getHost(), uri.getPort());
    }
}
