package io.cloudsuite.backends.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a launcher killed with SIGKILL leaves running is stopped by the next launch, and nothing else is. */
class LeftoverProcessesTest {

    @Test
    void aRecordedChildThatStillRunsIsStopped(@TempDir Path dir) throws Exception {
        Process orphan = new ProcessBuilder("sleep", "120").start();
        try {
            LeftoverProcesses leftovers = new LeftoverProcesses(dir.resolve("suite.pids"));
            leftovers.recordChildrenOf(ProcessHandle.current());

            assertEquals(1, new LeftoverProcesses(dir.resolve("suite.pids")).stopLeftovers());

            assertTrue(orphan.waitFor(15, TimeUnit.SECONDS), "the leftover still runs");
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void aProcessIdNowUsedByAnotherCommandIsLeftAlone(@TempDir Path dir) throws Exception {
        Process other = new ProcessBuilder("sleep", "120").start();
        try {
            Path file = dir.resolve("suite.pids");
            Files.writeString(file, other.pid() + "\tjava -jar some-service/target/quarkus-app/quarkus-run.jar\n");

            assertEquals(0, new LeftoverProcesses(file).stopLeftovers());

            assertTrue(other.isAlive());
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void nothingRecordedNothingStopped(@TempDir Path dir) throws IOException {
        LeftoverProcesses leftovers = new LeftoverProcesses(dir.resolve("suite.pids"));

        assertEquals(0, leftovers.stopLeftovers());
        assertFalse(Files.exists(dir.resolve("suite.pids")));
    }
}
