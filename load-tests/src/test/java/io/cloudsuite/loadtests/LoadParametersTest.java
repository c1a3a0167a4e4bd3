package io.cloudsuite.loadtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadParametersTest {

    @AfterEach
    void clear() {
        System.clearProperty("load.rate");
        System.clearProperty("load.base-url");
        System.clearProperty("load.read-only");
        System.clearProperty("load.ramp");
    }

    @Test
    void systemPropertyWinsOverTheDefault() {
        assertEquals(100.0, LoadParameters.decimal("rate", 100));
        System.setProperty("load.rate", "1000");
        assertEquals(1000.0, LoadParameters.decimal("rate", 100));
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertEquals("LOAD_BASE_URL", LoadParameters.environmentName("base-url"));
        assertEquals("LOAD_API_KEY", LoadParameters.environmentName("api-key"));
    }

    @Test
    void baseUrlDefaultsToTheLocalPortAndLosesATrailingSlash() {
        assertEquals("http://localhost:8081", LoadParameters.baseUrl(8081));
        System.setProperty("load.base-url", "https://dev.example.com/");
        assertEquals("https://dev.example.com", LoadParameters.baseUrl(8081));
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        System.setProperty("load.rate", "fast");
        assertEquals(
                "load.rate must be a number, got 'fast'",
                assertThrows(IllegalArgumentException.class, () -> LoadParameters.decimal("rate", 1))
                        .getMessage());
        System.setProperty("load.read-only", "maybe");
        assertThrows(IllegalArgumentException.class, LoadParameters::readOnly);
    }

    @Test
    void secondsAreNeverNegative() {
        assertEquals(Duration.ofSeconds(30), LoadParameters.seconds("ramp", 30));
        System.setProperty("load.ramp", "0");
        assertEquals(Duration.ZERO, LoadParameters.seconds("ramp", 30));
        System.setProperty("load.ramp", "-5");
        assertEquals(
                "load.ramp must be 0 or more seconds, got -5",
                assertThrows(IllegalArgumentException.class, () -> LoadParameters.seconds("ramp", 30))
                        .getMessage());
    }
}
