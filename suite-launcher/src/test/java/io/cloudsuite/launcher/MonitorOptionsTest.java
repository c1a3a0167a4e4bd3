package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonitorOptionsTest {

    @Test
    void defaultsCheckOnceAgainstSeventyPercent() {
        Monitor.Options options = Monitor.Options.parse(List.of());
        assertNull(options.everySeconds());
        assertEquals(70, options.cpuThreshold());
        assertEquals(70, options.memoryThreshold());
    }

    @Test
    void readsIntervalThresholdsAndBaseUrls() {
        Monitor.Options options = Monitor.Options.parse(List.of("konnichiwa", "--every", "30", "--cpu-threshold", "80",
                "--memory-threshold", "60", "--url", "konnichiwa=https://konnichiwa.dev.example.com/"));
        assertEquals(List.of("konnichiwa"), options.services());
        assertEquals(30, options.everySeconds());
        assertEquals(80, options.cpuThreshold());
        assertEquals(60, options.memoryThreshold());
        assertEquals(Map.of("konnichiwa", "https://konnichiwa.dev.example.com"), options.urls());
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThrows(UsageException.class, () -> Monitor.Options.parse(List.of("--every", "0")));
        assertThrows(UsageException.class, () -> Monitor.Options.parse(List.of("--cpu-threshold", "101")));
        assertThrows(UsageException.class, () -> Monitor.Options.parse(List.of("--every")));
        assertThrows(UsageException.class, () -> Monitor.Options.parse(List.of("--url", "no-equals-sign")));
        assertThrows(UsageException.class, () -> Monitor.Options.parse(List.of("--api-key", "secret")),
                "the key comes from the environment, never from arguments");
    }
}
