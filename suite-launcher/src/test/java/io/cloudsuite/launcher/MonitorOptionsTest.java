package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code ./suite monitor}'s options as the command line gives them. */
class MonitorOptionsTest {

    @Test
    void defaultsCheckOnceAgainstSeventyPercent() {
        Monitor.Options options = parse();
        assertNull(options.everySeconds());
        assertEquals(70, options.cpuThreshold());
        assertEquals(70, options.memoryThreshold());
    }

    @Test
    void readsIntervalThresholdsAndBaseUrls() {
        Monitor.Options options = parse(
                "konnichiwa",
                "--every",
                "30",
                "--cpu-threshold",
                "80",
                "--memory-threshold",
                "60",
                "--url",
                "konnichiwa=https://konnichiwa.dev.example.com/");
        assertEquals(List.of("konnichiwa"), options.services());
        assertEquals(30, options.everySeconds());
        assertEquals(80, options.cpuThreshold());
        assertEquals(60, options.memoryThreshold());
        assertEquals(Map.of("konnichiwa", "https://konnichiwa.dev.example.com"), options.urls());
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThrows(ParameterException.class, () -> parse("--every", "0"));
        assertThrows(ParameterException.class, () -> parse("--every", "soon"));
        assertThrows(ParameterException.class, () -> parse("--cpu-threshold", "101"));
        assertThrows(ParameterException.class, () -> parse("--every"));
        assertThrows(ParameterException.class, () -> parse("--url", "no-equals-sign"));
        assertThrows(
                ParameterException.class,
                () -> parse("--api-key", "secret"),
                "the key comes from the environment, never from arguments");
    }

    /** The options of {@code ./suite monitor <args>}, checked as the command checks them before it runs. */
    static Monitor.Options parse(String... args) {
        List<String> commandLine = new ArrayList<>(List.of("monitor"));
        commandLine.addAll(List.of(args));
        CommandLine suite = new CommandLine(new SuiteCommand(() -> {
            throw new AssertionError("parsing needs no suite");
        }));
        CommandLine.ParseResult parsed = suite.parseArgs(commandLine.toArray(String[]::new));
        return ((SuiteCommand.MonitorCommand) parsed.subcommand().commandSpec().userObject()).options();
    }
}
