package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudsuite.backends.FreePort;

/** What a user sees from {@code ./suite}'s command line: help, errors and exit codes, and status after a failed up. */
class SuiteCommandTest {

    private static final List<String> COMMANDS = List.of("up", "status", "logs", "down", "monitor");

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void captureTheConsole() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheConsole() {
        System.setOut(realOut);
        System.setErr(realErr);
        realOut.print(out.toString(StandardCharsets.UTF_8));
        realErr.print(err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        for (String help : List.of("--help", "-h", "help")) {
            out.reset();
            assertEquals(0, SuiteCommand.run(noSuiteNeeded(), help));
            String usage = stdout();
            assertTrue(usage.startsWith("Usage: ./suite"), usage);
            COMMANDS.forEach(command -> assertTrue(usage.contains("  " + command + " "), command + " in:\n" + usage));
            assertTrue(usage.contains("docs/operations.md"), usage);
        }
    }

    @Test
    void aCommandsHelpNamesItsOptions() {
        assertEquals(0, SuiteCommand.run(noSuiteNeeded(), "monitor", "--help"));
        for (String option : List.of("--every", "--cpu-threshold", "--memory-threshold", "--domain", "--url")) {
            assertTrue(stdout().contains(option), option + " in:\n" + stdout());
        }
    }

    @Test
    void anUnknownOptionIsAnErrorWithTheUsageAndExitCode2() {
        assertEquals(SuiteCommand.USAGE_ERROR, SuiteCommand.run(noSuiteNeeded(), "status", "--verbose"));
        assertTrue(stderr().startsWith("./suite: Unknown option: '--verbose'"), stderr());
        assertTrue(stderr().contains("Usage: ./suite status"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void anUnknownCommandOrNoneIsAnErrorWithExitCode2() {
        assertEquals(SuiteCommand.USAGE_ERROR, SuiteCommand.run(noSuiteNeeded(), "start"));
        assertTrue(stderr().startsWith("./suite: unknown command 'start'"), stderr());
        err.reset();
        assertEquals(SuiteCommand.USAGE_ERROR, SuiteCommand.run(noSuiteNeeded(), "stauts"));
        assertTrue(stderr().startsWith("./suite: unknown command 'stauts'; did you mean status?"), stderr());
        err.reset();
        assertEquals(SuiteCommand.USAGE_ERROR, SuiteCommand.run(noSuiteNeeded()));
        assertTrue(stderr().startsWith("./suite: which command?"), stderr());
    }

    @Test
    void aCheckedOptionValueAndAMissingArgumentAreErrorsToo() {
        assertEquals(SuiteCommand.USAGE_ERROR, SuiteCommand.run(noSuiteNeeded(), "monitor", "--cpu-threshold", "101"));
        assertTrue(stderr().startsWith("./suite: --cpu-threshold is a percentage from 1 to 100"), stderr());
        err.reset();
        assertEquals(SuiteCommand.USAGE_ERROR, SuiteCommand.run(noSuiteNeeded(), "logs"));
        assertTrue(stderr().contains("Missing required parameter: '<service>'"), stderr());
    }

    /** In the prod profile without konnichiwa's keys, konnichiwa exits at start: status must say so, not drop it. */
    @Test
    void statusListsAServiceThatFailedToStartWithTheLastLineOfItsLog() throws IOException {
        SuiteHome home = new SuiteHome(root, root.resolve("suite"), true, true);
        SuiteState state = new SuiteState();
        // A live process whose management port nothing answers on: listed as not ready.
        int nothingThere = FreePort.find();
        state.add(RecordedProcess.of(
                RecordedProcess.Role.SERVICE,
                "bullets-service",
                ProcessHandle.current(),
                FreePort.findOtherThan(nothingThere),
                nothingThere));
        state.add(new SuiteState.Failure("konnichiwa-service", "konnichiwa-service exited with code 1 during startup"));
        state.markComplete();
        state.save(home.stateFile());
        Files.createDirectories(home.log("konnichiwa-service").getParent());
        Files.writeString(
                home.log("konnichiwa-service"),
                "starting\nERROR no API key: set KONNICHIWA_API_KEYS (at least 32 characters)\n\n");

        assertEquals(1, SuiteCommand.run(() -> home, "status"));

        String konnichiwa = stdout().lines()
                .filter(line -> line.startsWith("konnichiwa-service "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("konnichiwa-service is not listed:\n" + stdout()));
        assertTrue(konnichiwa.contains("failed to start: konnichiwa-service exited with code 1"), konnichiwa);
        assertTrue(
                stdout().contains("konnichiwa-service's log ends: ERROR no API key: set KONNICHIWA_API_KEYS"),
                stdout());
        assertTrue(
                stdout().lines().anyMatch(line -> line.startsWith("bullets-service ") && line.contains("not ready")),
                stdout());
    }

    @Test
    void statusAfterAnUpThatStartedNothingNamesWhatFailed() {
        SuiteHome home = new SuiteHome(root, root.resolve("suite"), true, true);
        SuiteState state = new SuiteState();
        state.add(new SuiteState.Failure("konnichiwa-service", Up.NOT_STARTED + "port 8085 is taken"));
        state.markComplete();
        state.save(home.stateFile());

        assertEquals(1, SuiteCommand.run(() -> home, "status"));
        assertTrue(stdout().contains("started none of its services"), stdout());
        assertTrue(stdout().contains("failed to start: not started: port 8085 is taken"), stdout());
        assertTrue(!stdout().contains("log ends"), "a service never started has no log of this run:\n" + stdout());
    }

    private static Supplier<SuiteHome> noSuiteNeeded() {
        return () -> {
            throw new AssertionError("this command line needs no suite");
        };
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
