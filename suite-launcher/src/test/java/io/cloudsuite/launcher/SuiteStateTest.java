package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file is the launcher's memory between commands: it must survive a round trip and never lie. */
class SuiteStateTest {

    @Test
    void roundTripsProcessesBackendsFailuresAndCompletion(@TempDir Path dir) {
        SuiteState state = new SuiteState();
        state.add(RecordedProcess.of(
                RecordedProcess.Role.SERVICE, "bullets-service", ProcessHandle.current(), 8081, 9081));
        state.add(new SuiteState.Backend("Redis", "redis://127.0.0.1:6379", true));
        state.add(new SuiteState.Failure("konnichiwa-service", "konnichiwa-service exited with code 1 during startup"));
        state.markComplete();
        state.save(dir.resolve("state.properties"));

        SuiteState loaded = SuiteState.load(dir.resolve("state.properties")).orElseThrow();
        assertEquals(state.processes(), loaded.processes());
        assertEquals(state.backends(), loaded.backends());
        assertEquals(state.failures(), loaded.failures());
        assertTrue(loaded.complete());
        assertEquals(8081, loaded.service("bullets-service").orElseThrow().port());
        assertEquals(9081, loaded.service("bullets-service").orElseThrow().managementPort());
    }

    @Test
    void aRecordIsAliveOnlyWhileItsOwnProcessRuns() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        RecordedProcess recorded = RecordedProcess.of(RecordedProcess.Role.SERVICE, "sleeper", sleeper.toHandle(), 0);
        assertTrue(recorded.isAlive());
        assertTrue(recorded.stop(Duration.ofSeconds(5)), "it ran, so stop() stopped it");
        assertFalse(recorded.isAlive());
        assertFalse(recorded.stop(Duration.ofSeconds(5)), "already gone");
    }

    @Test
    void aReusedPidWithAnotherStartTimeIsNotOurs() {
        ProcessHandle self = ProcessHandle.current();
        RecordedProcess recorded = RecordedProcess.of(RecordedProcess.Role.SERVICE, "x", self, 0);
        RecordedProcess sameNumberOtherProcess = new RecordedProcess(
                recorded.role(), recorded.name(), recorded.pid(), recorded.startedMillis() - 60_000, 0, 0);
        assertTrue(recorded.isAlive());
        assertFalse(sameNumberOtherProcess.isAlive(), "a different start time means another program took the PID");
        assertFalse(sameNumberOtherProcess.stop(Duration.ofSeconds(1)), "and it is never stopped");
    }

    @Test
    void noFileMeansNoState(@TempDir Path dir) {
        assertTrue(SuiteState.load(dir.resolve("missing.properties")).isEmpty());
        assertEquals(List.of(), new SuiteState().processes());
    }
}
