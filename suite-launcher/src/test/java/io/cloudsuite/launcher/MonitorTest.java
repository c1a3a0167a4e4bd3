package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * The monitor's verdicts and exit codes against an HTTP server that answers as konnichiwa documents it (the
 * end-to-end test runs the monitor against the real services).
 */
class MonitorTest {

    private static final String KEY = "test-key-not-a-secret";
    private static final String OPENAPI = """
            {"paths": {"/ping": {"get": {"responses": {"200": {}}}},
                       "/greeting": {"get": {"responses": {"200": {}}}},
                       "/inspect": {"get": {"security": [{"bearer": []}], "responses": {"200": {}, "401": {}}}}}}
            """;

    private HttpServer server;
    private final AtomicInteger readyStatus = new AtomicInteger(200);
    private final AtomicInteger cpu = new AtomicInteger(12);
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private Monitor.Target target;

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePort.find()), 0);
        server.createContext("/q/health/ready", exchange -> answer(exchange, readyStatus.get(), "{}"));
        server.createContext("/q/openapi", exchange -> answer(exchange, 200, OPENAPI));
        server.createContext("/greeting", exchange -> answer(exchange, 200, "{\"message\":\"Konnichiwa\"}"));
        server.createContext("/inspect", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastAuthorization.set(authorization);
            if (!("Bearer " + KEY).equals(authorization)) {
                answer(exchange, 401, "{}");
                return;
            }
            answer(
                    exchange,
                    200,
                    "{\"system\": {\"cpu_used_percent\": " + cpu.get() + ", \"memory_used_percent\": 40}}");
        });
        server.start();
        SuiteService konnichiwa = new SuiteService("konnichiwa-service", Path.of("."), new Properties());
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        target = new Monitor.Target(konnichiwa, url, Optional.of(url));
    }

    @AfterEach
    void stopService() {
        server.stop(0);
    }

    @Test
    void healthyBelowTheThresholds() {
        Run run = check(Map.of("KONNICHIWA_API_KEY", KEY));
        assertEquals(Monitor.HEALTHY, run.exit(), run.output());
        assertTrue(run.output().contains("GET /greeting -> 200"), run.output());
        assertTrue(run.output().contains("cpu 12 %"), run.output());
        assertEquals("Bearer " + KEY, lastAuthorization.get());
        assertFalse(run.output().contains(KEY), "the key is never printed");
    }

    @Test
    void aThresholdCrossedIsAWarning() {
        cpu.set(71);
        Run run = check(Map.of("KONNICHIWA_API_KEY", KEY));
        assertEquals(Monitor.WARNING, run.exit(), run.output());
        assertTrue(run.output().contains("WARN"), run.output());
    }

    @Test
    void notReadyIsDown() {
        readyStatus.set(503);
        Run run = check(Map.of("KONNICHIWA_API_KEY", KEY));
        assertEquals(Monitor.DOWN, run.exit(), run.output());
        assertTrue(run.output().contains("not ready"), run.output());
    }

    @Test
    void behindALoadBalancerReadinessIsNotAskedForAndTheRealCallDecides() {
        readyStatus.set(503);
        target = new Monitor.Target(target.service(), target.baseUrl(), Optional.empty());
        Run run = check(Map.of("KONNICHIWA_API_KEY", KEY));
        assertEquals(Monitor.HEALTHY, run.exit(), run.output());
        assertTrue(run.output().contains("GET /greeting -> 200"), run.output());
    }

    @Test
    void unreachableIsDown() {
        server.stop(0);
        assertEquals(Monitor.DOWN, check(Map.of("KONNICHIWA_API_KEY", KEY)).exit());
    }

    @Test
    void aRefusedKeyIsDownAndNamesTheVariableNotTheKey() {
        Run run = check(Map.of("KONNICHIWA_API_KEY", "wrong-key"));
        assertEquals(Monitor.DOWN, run.exit(), run.output());
        assertTrue(run.output().contains("KONNICHIWA_API_KEY"), run.output());
        assertFalse(run.output().contains("wrong-key"), "the key is never printed");
    }

    @Test
    void withoutAKeyTheThresholdsCannotBeCheckedWhichIsAWarning() {
        Run run = check(Map.of());
        assertEquals(Monitor.WARNING, run.exit(), run.output());
        assertTrue(run.output().contains("set KONNICHIWA_API_KEY"), run.output());
    }

    @Test
    void theSeedsApiKeyVariableIsAcceptedToo() {
        assertEquals(Monitor.HEALTHY, check(Map.of("API_KEY", KEY)).exit());
    }

    private record Run(int exit, String output) {}

    private Run check(Map<String, String> environment) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = Monitor.checkAll(List.of(target), MonitorOptionsTest.parse(), environment);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
