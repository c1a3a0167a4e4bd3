package io.cloudsuite.konnichiwa.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UptimeTest {

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 00:00:00",
                "59 | 00:00:59",
                "3600 | 01:00:00",
                "86399 | 23:59:59",
                "86400 | 1 day, 00:00:00",
                "273906 | 3 days, 04:05:06",
                "31536000 | 365 days, 00:00:00",
            })
    void daysThenAClock(long seconds, String expected) {
        assertEquals(expected, Uptime.format(seconds));
    }

    @Test
    void aNegativeUptimeIsABug() {
        assertThrows(IllegalArgumentException.class, () -> Uptime.format(-1));
    }
}
