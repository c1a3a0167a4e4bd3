package io.cloudsuite.mirrorclock.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MirrorClockTest {

    private static final int MINUTES_ON_THE_DIAL = 12 * 60;

    @Test
    void everyReadingMatchesTheTotalMinutesFormula() {
        int checked = 0;
        for (int hour = 1; hour <= 12; hour++) {
            for (int minute = 0; minute < 60; minute++) {
                assertEquals(
                        realTimeByTotalMinutes(hour, minute),
                        MirrorClock.realTime(ClockTime.of(hour, minute)),
                        "mirror " + hour + ":" + minute);
                checked++;
            }
        }
        assertEquals(720, checked);
    }

    @Test
    void mirroringTwiceGivesTheReadingBack() {
        for (ClockTime time : ClockTime.all()) {
            assertEquals(time, MirrorClock.realTime(MirrorClock.realTime(time)), () -> "mirror of mirror of " + time);
        }
    }

    @Test
    void onlyTwelveAndSixOClockAreTheirOwnMirrorImages() {
        List<ClockTime> ownImages = ClockTime.all().stream()
                .filter(time -> MirrorClock.realTime(time).equals(time))
                .toList();

        assertEquals(List.of(ClockTime.of(12, 0), ClockTime.of(6, 0)), ownImages);
    }

    @ParameterizedTest(name = "{0} in the mirror is {1}")
    @CsvSource({
        "12:22, 11:38",
        "05:25, 06:35",
        "01:50, 10:10",
        "11:58, 12:02",
        "12:01, 11:59",
        "10:00, 02:00",
        "12:00, 12:00",
        "06:00, 06:00",
        "03:00, 09:00",
        "06:30, 05:30",
        "11:59, 12:01"
    })
    void theIssuesKnownPairs(String mirror, String real) {
        assertEquals(
                real,
                MirrorClock.realTime(ClockTime.parse(mirror).orElseThrow()).format());
    }

    /**
     * The reference, deliberately unlike the implementation: count minutes past 12 on the dial; the mirror puts the
     * hands at the same distance the other way round, so real = (720 - mirrored) mod 720.
     */
    private static ClockTime realTimeByTotalMinutes(int hour, int minute) {
        int mirroredMinutes = (hour == 12 ? 0 : hour) * 60 + minute;
        int realMinutes = (MINUTES_ON_THE_DIAL - mirroredMinutes) % MINUTES_ON_THE_DIAL;
        int realHour = realMinutes / 60;
        return new ClockTime(realHour == 0 ? 12 : realHour, realMinutes % 60);
    }
}
