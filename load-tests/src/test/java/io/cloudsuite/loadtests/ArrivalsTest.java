package io.cloudsuite.loadtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @AfterEach
    void clear() {
        System.clearProperty("load.ramp");
    }

    @Test
    void aZeroRampIsTheConstantRateAlone() {
        assertEquals(1, Arrivals.rampThenConstant(100, Duration.ZERO, Duration.ofSeconds(60)).length);
        assertEquals(2, Arrivals.rampThenConstant(100, Duration.ofSeconds(30), Duration.ofSeconds(60)).length);
    }

    @Test
    void theRampComesFromItsParameterAndIsNeverNegative() {
        assertEquals(Duration.ofSeconds(30), Arrivals.ramp(30));
        System.setProperty("load.ramp", "0");
        assertEquals(Duration.ZERO, Arrivals.ramp(30));
        System.setProperty("load.ramp", "-5");
        assertEquals("load.ramp must be 0 or more seconds, got -5",
                assertThrows(IllegalArgumentException.class, () -> Arrivals.ramp(30)).getMessage());
    }
}
