package io.cloudsuite.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LocalRedisServerTest {

    @Test
    void startsARealRedisThatCanBeStoppedAndStartedAgainOnTheSamePort() throws IOException {
        try (LocalRedisServer redis = LocalRedisServer.startOnFreePort()) {
            assertEquals("+PONG", ping(redis.port()));
            assertEquals("redis://127.0.0.1:" + redis.port(), redis.uri());

            redis.stop();
            assertFalse(redis.isRunning());
            assertFalse(TcpProbe.isAnswering("127.0.0.1", redis.port()));

            redis.start();
            assertTrue(redis.isRunning());
            assertEquals("+PONG", ping(redis.port()));
        }
    }

    @Test
    void theBundledBinaryRunsWhereNoRedisIsInstalled() throws IOException {
        try (LocalRedisServer redis = LocalRedisServer.startOn(FreePort.find(), LocalRedisServer.Binary.BUNDLED)) {
            assertEquals("redis-server bundled in embedded-redis", redis.executableDescription());
            assertEquals("+PONG", ping(redis.port()));
        }
    }

    @Test
    void keepsNothingOnDisk() throws IOException {
        try (LocalRedisServer redis = LocalRedisServer.startOnFreePort()) {
            assertEquals("", configValue(redis.port(), "save"));
            assertEquals("no", configValue(redis.port(), "appendonly"));
        }
    }

    private static String ping(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return send(socket, "PING").readLine();
        }
    }

    /** CONFIG GET answers a two-element array: the name, then the value (RESP bulk strings). */
    private static String configValue(int port, String name) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader reply = send(socket, "CONFIG GET " + name);
            assertEquals("*2", reply.readLine());
            reply.readLine();
            assertEquals(name, reply.readLine());
            reply.readLine();
            return reply.readLine();
        }
    }

    private static BufferedReader send(Socket socket, String inlineCommand) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((inlineCommand + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }
}
