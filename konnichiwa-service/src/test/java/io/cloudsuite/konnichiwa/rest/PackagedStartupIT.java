package io.cloudsuite.konnichiwa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.FreePort;

/**
 * The packaged jar started as a deployment starts it: prod profile, keys only from the environment
 * (KONNICHIWA_API_KEYS, or the original's API_KEY), nothing else configured.
 */
class PackagedStartupIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void withoutAKeyItRefusesToStartWithOneLineNamingKonnichiwaApiKeys() throws Exception {
        for (Map<String, String> environment : List.of(Map.<String, String>of(),
                Map.of("KONNICHIWA_API_KEYS", " , "), Map.of("API_KEY", ""))) {
            RunningJar jar = start(environment);
            assertTrue(jar.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "still running without a key");

            assertNotEquals(0, jar.process.exitValue());
            List<String> lines = jar.outputLines();
            assertEquals(1, lines.size(), () -> "expected one line, got: " + lines);
            assertTrue(lines.get(0).contains("KONNICHIWA_API_KEYS"), lines.get(0));
        }
    }

    @Test
    void theOriginalsApiKeyAloneIsAccepted() throws Exception {
        String legacyKey = "legacy-key-Vw3Lr9Pq2Zx8Tn5K";
        try (RunningJar jar = startAndAwaitReady(Map.of("API_KEY", legacyKey))) {
            assertEquals(200, inspect(jar, legacyKey));
            assertEquals(401, inspect(jar, DevelopmentKey.KEY), "the development key is not valid in prod");
            jar.assertOutputLacks(legacyKey);
        }
    }

    @Test
    void konnichiwaApiKeysListsSeveralKeysAndWinsOverApiKey() throws Exception {
        String oldKey = "old-key-Fb6Ws1Nm4Qy7Dj2H";
        String newKey = "new-key-Ue8Ga3Kt0Rp5Xc9L";
        String legacyKey = "legacy-key-Mz2Hv7Bn4Cq1Yw6S";
        try (RunningJar jar = startAndAwaitReady(Map.of("KONNICHIWA_API_KEYS", oldKey + "," + newKey,
                "API_KEY", legacyKey))) {
            assertEquals(200, inspect(jar, oldKey));
            assertEquals(200, inspect(jar, newKey));
            assertEquals(401, inspect(jar, legacyKey));
            jar.assertOutputLacks(oldKey, newKey, legacyKey);
        }
    }

    private int inspect(RunningJar jar, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(jar.uri("/inspect"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private RunningJar startAndAwaitReady(Map<String, String> environment) throws Exception {
        RunningJar jar = start(environment);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(jar.managementUri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline) && jar.process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return jar;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        jar.close();
        throw new AssertionError("the jar did not become ready: " + jar.outputLines());
    }

    private static RunningJar start(Map<String, String> environment) throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the package phase builds it");
        int port = FreePort.find();
        int managementPort = FreePort.find();
        Path output = Files.createTempFile(Path.of("target"), "packaged-startup-", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort,
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Only what the test gives: no key this JVM's environment may carry.
        builder.environment().remove("KONNICHIWA_API_KEYS");
        builder.environment().remove("API_KEY");
        builder.environment().putAll(environment);
        return new RunningJar(builder.start(), port, managementPort, output);
    }

    private record RunningJar(Process process, int port, int managementPort, Path output) implements AutoCloseable {

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        URI managementUri(String path) {
            return URI.create("http://127.0.0.1:" + managementPort + path);
        }

        List<String> outputLines() throws IOException {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(output)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        }

        void assertOutputLacks(String... keys) throws IOException {
            String text = Files.readString(output);
            assertFalse(text.isBlank(), "the jar logged nothing: the check below would prove nothing");
            for (String key : keys) {
                assertFalse(text.contains(key), "the jar's output shows a key");
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
