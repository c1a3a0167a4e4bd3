package io.cloudsuite.loadtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulation's own expectation must be right, or it would pass a wrong service or fail a right one. */
class MirrorReadingsTest {

    /** The service's documented reading format (docs/services/mirror-clock.md). */
    private static final Pattern READING = Pattern.compile("(0?[1-9]|1[0-2]):[0-5][0-9]");

    @ParameterizedTest
    @CsvSource({
        "12,22,11:38",
        "5,25,06:35",
        "1,50,10:10",
        "11,58,12:02",
        "12,1,11:59",
        "10,0,02:00",
        "12,0,12:00",
        "6,0,06:00",
        "3,0,09:00",
        "9,15,02:45"
    })
    void knownPairsFromTheServiceDocs(int hour, int minute, String expected) {
        assertEquals(expected, MirrorReadings.realTime(hour, minute));
    }

    @Test
    void mirroringTwiceGivesTheReadingBack() {
        for (int hour = 1; hour <= 12; hour++) {
            for (int minute = 0; minute < 60; minute++) {
                String real = MirrorReadings.realTime(hour, minute);
                int realHour = Integer.parseInt(real.substring(0, 2));
                int realMinute = Integer.parseInt(real.substring(3));
                assertEquals(String.format("%02d:%02d", hour, minute), MirrorReadings.realTime(realHour, realMinute));
            }
        }
    }

    @Test
    void validRecordsAreReadingsAndInvalidOnesAreNot() {
        MirrorReadings feeder = new MirrorReadings(0.5);
        int valid = 0;
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> record = feeder.next();
            String reading = (String) record.get("reading");
            boolean isValid = (Boolean) record.get("valid");
            assertEquals(isValid, READING.matcher(reading).matches(), reading);
            valid += isValid ? 1 : 0;
        }
        assertTrue(valid > 800 && valid < 1_200, "about half valid, got " + valid);
        MirrorReadings.INVALID.forEach(
                reading -> assertFalse(READING.matcher(reading).matches(), reading));
    }
}
