package io.cloudsuite.peopleinfo.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stalled Redis as the service sees one: connections are accepted and then nothing ever answers (what a
 * SIGSTOPped or overloaded server, or a black-holed network path, looks like from the client).
 */
public class SilentRedisResource implements QuarkusTestResourceLifecycleManager {

    private ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptForever, "silent-redis");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + server.getLocalPort());
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                connections.add(server.accept()); // held open, never read, never answered
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
            for (Socket connection : connections) {
                connection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
