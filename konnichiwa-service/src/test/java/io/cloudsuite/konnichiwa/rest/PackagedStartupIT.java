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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.suite.ServiceProcess;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * The packaged jar started as a deployment starts it: prod profile, the deployed JVM flags, keys only from the
 * environment (KONNICHIWA_API_KEYS, or the original's API_KEY), nothing else configured but loopback ports.
 */
class PackagedStartupIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void withoutAKeyItRefusesToStartWithOneLineNamingKonnichiwaApiKeys() throws Exception {
        for (Map<String, String> environment :
                List.of(Map.<String, String>of(), Map.of("KONNICHIWA_API_KEYS", " , "), Map.of("API_KEY", ""))) {
            ServiceProcess jar = start(environment);
            assertRefusesToStart(jar, environment);

            List<String> lines = outputLines(jar);
            assertEquals(1, lines.size(), () -> "expected one line, got: " + lines);
            assertTrue(lines.get(0).contains("KONNICHIWA_API_KEYS"), lines.get(0));
        }
    }

    /**
     * Issue 31, item 9: the prod jar accepted {@code ab} and the published development key. It now refuses to start,
     * with one line naming KONNICHIWA_API_KEYS and the rule, never the key.
     */
    @Test
    void aShortKeyOrTheDevelopmentKeyIsRefusedAtStartWithoutShowingIt() throws Exception {
        for (Map<String, String> environment : List.of(
                Map.of("KONNICHIWA_API_KEYS", "zq"),
                Map.of("KONNICHIWA_API_KEYS", DevelopmentKey.KEY),
                Map.of("API_KEY", "short-legacy-key"))) {
            ServiceProcess jar = start(environment);
            assertRefusesToStart(jar, environment);

            List<String> lines = outputLines(jar);
            assertEquals(1, lines.size(), () -> "expected one line, got: " + lines);
            assertTrue(
                    lines.get(0).contains("KONNICHIWA_API_KEYS") && lines.get(0).contains("32 characters"),
                    lines.get(0));
            assertOutputLacks(jar, environment.values().toArray(String[]::new));
        }
    }

    @Test
    void theOriginalsApiKeyAloneIsAccepted() throws Exception {
        String legacyKey = "legacy-key-Vw3Lr9Pq2Zx8Tn5K-Hs6Fd1Gm4Jp7";
        try (RunningJar jar = startAndAwaitReady(Map.of("API_KEY", legacyKey))) {
            assertEquals(200, inspect(jar.process(), legacyKey));
            assertEquals(401, inspect(jar.process(), DevelopmentKey.KEY), "the development key is not valid in prod");
            assertOutputLacks(jar.process(), legacyKey);
        }
    }

    @Test
    void konnichiwaApiKeysListsSeveralKeysAndWinsOverApiKey() throws Exception {
        String oldKey = "old-key-Fb6Ws1Nm4Qy7Dj2H-Ka8Lu3Ob5Ie9Tv";
        String newKey = "new-key-Ue8Ga3Kt0Rp5Xc9L-Wr2Yn6Zq1Bm4Pe";
        String legacyKey = "legacy-key-Mz2Hv7Bn4Cq1Yw6S-Df3Gk8Jt5Lx0";
        try (RunningJar jar =
                startAndAwaitReady(Map.of("KONNICHIWA_API_KEYS", oldKey + "," + newKey, "API_KEY", legacyKey))) {
            assertEquals(200, inspect(jar.process(), oldKey));
            assertEquals(200, inspect(jar.process(), newKey));
            assertEquals(401, inspect(jar.process(), legacyKey));
            assertOutputLacks(jar.process(), oldKey, newKey, legacyKey);
        }
    }

    private int inspect(ServiceProcess jar, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/inspect"))
                .header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Started the one way every packaged service starts (the deployed JVM flags, prod profile, loopback ports). */
    private static ServiceProcess start(Map<String, String> environment) throws IOException {
        Path log = Files.createTempFile(Path.of("target"), "packaged-startup-", ".log");
        return ServiceProcess.launch(SuiteService.inDirectory(Path.of("")))
                .log(log)
                // Only what the test gives: no key this JVM's environment may carry.
                .withoutEnvironment("KONNICHIWA_API_KEYS", "API_KEY")
                .environment(environment)
                .start();
    }

    /** The jar refuses to start: it exits non-zero on its own. */
    private static void assertRefusesToStart(ServiceProcess jar, Map<String, String> environment) throws Exception {
        Optional<Integer> exit = jar.awaitExit(START_TIMEOUT);
        if (exit.isEmpty()) {
            jar.stop();
        }
        assertTrue(exit.isPresent(), "still running with " + environment.keySet());
        assertNotEquals(0, exit.get());
    }

    private static RunningJar startAndAwaitReady(Map<String, String> environment) throws Exception {
        ServiceProcess jar = start(environment);
        try {
            jar.awaitReady(START_TIMEOUT);
        } catch (IllegalStateException notReady) {
            jar.stop();
            throw new AssertionError("the jar did not become ready: " + outputLines(jar), notReady);
        }
        return new RunningJar(jar);
    }

    private static List<String> outputLines(ServiceProcess jar) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(jar.log())) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void assertOutputLacks(ServiceProcess jar, String... keys) throws IOException {
        String text = Files.readString(jar.log());
        assertFalse(text.isBlank(), "the jar logged nothing: the check below would prove nothing");
        for (String key : keys) {
            assertFalse(text.contains(key), "the jar's output shows a key");
        }
    }

    /** A ready jar, stopped at the end of the try block. */
    private record RunningJar(ServiceProcess process) implements AutoCloseable {

        @Override
        public void close() {
            process.stop();
        }
    }
}
