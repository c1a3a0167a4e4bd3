package io.cloudsuite.loadtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void aZeroRampIsTheConstantRateAlone() {
        assertEquals(1, Arrivals.rampThenConstant(100, Duration.ZERO, Duration.ofSeconds(60)).length);
        assertEquals(2, Arrivals.rampThenConstant(100, Duration.ofSeconds(30), Duration.ofSeconds(60)).length);
    }
}
