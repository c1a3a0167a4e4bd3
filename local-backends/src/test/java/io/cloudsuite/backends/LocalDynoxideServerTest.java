package io.cloudsuite.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDynoxideServerTest {

    /** Fetched once for the class into a private cache, as on a machine that has never fetched it. */
    @TempDir
    static Path freshCache;

    private static DynoxideBinary fetched;

    @BeforeAll
    static void fetchIntoAnEmptyCache() {
        fetched = DynoxideBinary.fromCache(freshCache, System.getenv("PATH"));
    }

    @Test
    void theFetchedBinaryLandsInTheCacheAndServesDynamoDbRequests() throws IOException {
        assertEquals(freshCache.resolve(DynoxideBinary.VERSION).resolve("dynoxide"), fetched.executable());
        assertTrue(Files.isExecutable(fetched.executable()));
        assertTrue(fetched.description().contains("fetched from npm @dynoxide/linux-x64"), fetched.description());
        try (var files = Files.list(freshCache.resolve(DynoxideBinary.VERSION))) {
            assertEquals(
                    List.of("dynoxide"),
                    files.map(file -> file.getFileName().toString()).toList(),
                    "no temporary fetch folder is left behind");
        }

        try (LocalDynoxideServer dynoxide = LocalDynoxideServer.startOnFreePort(fetched)) {
            assertEquals(
                    "{\"TableNames\":[]}",
                    DynamoHttp.tableNames(dynoxide.port()).replace(" ", ""));
            assertEquals("http://127.0.0.1:" + dynoxide.port(), dynoxide.uri());
        }
    }

    @Test
    void aSecondLookupUsesTheCacheWithoutFetchingAgain() throws IOException {
        Path binary = fetched.executable();
        var before = Files.getLastModifiedTime(binary);

        DynoxideBinary again = DynoxideBinary.fromCache(freshCache, "");

        assertEquals(binary, again.executable(), "found in the cache even with no npm on the PATH");
        assertEquals(before, Files.getLastModifiedTime(binary));
    }

    @Test
    void concurrentFetchesIntoOneCacheAllGetAWorkingBinary(@TempDir Path sharedCache) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<DynoxideBinary>> fetches = List.of(
                    pool.submit(() -> DynoxideBinary.fromCache(sharedCache, System.getenv("PATH"))),
                    pool.submit(() -> DynoxideBinary.fromCache(sharedCache, System.getenv("PATH"))),
                    pool.submit(() -> DynoxideBinary.fromCache(sharedCache, System.getenv("PATH"))));
            for (Future<DynoxideBinary> fetch : fetches) {
                try (LocalDynoxideServer dynoxide = LocalDynoxideServer.startOnFreePort(fetch.get())) {
                    DynamoHttp.tableNames(dynoxide.port());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDynoxideOnThePathIsPreferredToTheCache(@TempDir Path bin, @TempDir Path emptyCache) throws IOException {
        Path onPath = Files.copy(fetched.executable(), bin.resolve("dynoxide"));

        DynoxideBinary found = DynoxideBinary.locate(bin.toString(), emptyCache);

        assertEquals(onPath.toAbsolutePath(), found.executable());
        assertTrue(found.description().startsWith("dynoxide from PATH"), found.description());
        assertFalse(Files.exists(emptyCache.resolve(DynoxideBinary.VERSION)), "nothing fetched");
        try (LocalDynoxideServer dynoxide = LocalDynoxideServer.startOnFreePort(found)) {
            DynamoHttp.tableNames(dynoxide.port());
        }
    }

    @Test
    void withNeitherDynoxideNorNpmTheErrorSaysWhatToInstall(@TempDir Path emptyCache) {
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> DynoxideBinary.locate("", emptyCache));

        assertTrue(error.getMessage().contains("Install Node.js with npm"), error.getMessage());
        assertTrue(error.getMessage().contains("dynoxide"), error.getMessage());
        assertTrue(error.getMessage().contains("on the PATH"), error.getMessage());
    }

    @Test
    void stopsAndStartsAgainOnTheSamePortInMemory() throws IOException {
        try (LocalDynoxideServer dynoxide = LocalDynoxideServer.startOnFreePort(fetched)) {
            DynamoHttp.createTable(dynoxide.port(), "kept-in-memory");
            assertTrue(DynamoHttp.tableNames(dynoxide.port()).contains("kept-in-memory"));

            dynoxide.stop();
            assertFalse(dynoxide.isRunning());
            assertFalse(TcpProbe.isAnswering("127.0.0.1", dynoxide.port()));

            dynoxide.start();
            assertTrue(dynoxide.isRunning());
            assertFalse(
                    DynamoHttp.tableNames(dynoxide.port()).contains("kept-in-memory"),
                    "nothing survives a restart: the server keeps its tables in memory only");
        }
    }

    @Test
    void aFrozenServerStallsWithItsDataAndAnswersAgainWhenThawed() throws IOException {
        try (LocalDynoxideServer dynoxide = LocalDynoxideServer.startOnFreePort(fetched)) {
            DynamoHttp.createTable(dynoxide.port(), "survives-a-stall");

            dynoxide.freeze();
            assertThrows(java.net.http.HttpTimeoutException.class, () -> DynamoHttp.tableNames(dynoxide.port()));

            dynoxide.thaw();
            assertTrue(DynamoHttp.tableNames(dynoxide.port()).contains("survives-a-stall"));

            dynoxide.freeze();
            dynoxide.stop();
            assertFalse(TcpProbe.isAnswering("127.0.0.1", dynoxide.port()), "a frozen server stops too");
        }
    }

    @Test
    void refusesAPortSomethingElseListensOn() {
        try (LocalDynoxideServer first = LocalDynoxideServer.startOnFreePort(fetched)) {
            IllegalStateException error =
                    assertThrows(IllegalStateException.class, () -> LocalDynoxideServer.startOn(first.port(), fetched));
            assertTrue(error.getMessage().contains("already listens"), error.getMessage());
        }
    }

    @Test
    void theServerDiesWithAJvmKilledOutright() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process parent = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KeepsDynoxideRunning.class.getName(),
                        fetched.executable().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            int port;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                port = Integer.parseInt(out.readLine().strip());
            }
            assertTrue(TcpProbe.isAnswering("127.0.0.1", port));

            parent.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs

            Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
            while (TcpProbe.isAnswering("127.0.0.1", port) && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertFalse(TcpProbe.isAnswering("127.0.0.1", port), "Dynoxide outlived the JVM that started it");
        } finally {
            parent.destroyForcibly();
        }
    }
}
