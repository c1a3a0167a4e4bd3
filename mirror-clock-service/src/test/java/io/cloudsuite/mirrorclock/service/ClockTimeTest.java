package io.cloudsuite.mirrorclock.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockTimeTest {

    /** The accepted language written a second, independent way: as a regex (the parser is hand-written). */
    private static final Pattern REFERENCE_SYNTAX = Pattern.compile("(0?[1-9]|1[0-2]):[0-5][0-9]");

    @Test
    void thereAre720DistinctReadingsWithHoursOneToTwelve() {
        List<ClockTime> all = ClockTime.all();

        assertEquals(720, all.size());
        assertEquals(720, new HashSet<>(all).size());
        for (ClockTime time : all) {
            assertTrue(time.hour() >= 1 && time.hour() <= 12, () -> "hour of " + time);
            assertTrue(time.minute() >= 0 && time.minute() <= 59, () -> "minute of " + time);
        }
        assertEquals(ClockTime.of(12, 0), all.get(0));
        assertEquals(ClockTime.of(11, 59), all.get(719));
    }

    @Test
    void everyReadingFormatsAsTwoDigitHourAndMinutesAndParsesBack() {
        for (ClockTime time : ClockTime.all()) {
            String expected = String.format("%02d:%02d", time.hour(), time.minute());

            assertEquals(expected, time.format());
            assertEquals(Optional.of(time), ClockTime.parse(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"2:11, 2, 11", "9:05, 9, 5", "1:00, 1, 0", "02:11, 2, 11", "12:59, 12, 59", "10:30, 10, 30"})
    void theHourMayOmitItsLeadingZero(String text, int hour, int minute) {
        ClockTime parsed = ClockTime.parse(text).orElseThrow();

        assertEquals(ClockTime.of(hour, minute), parsed);
        assertEquals(String.format("%02d:%02d", hour, minute), parsed.format());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "13:20",
                "00:20",
                "0:20",
                "12:60",
                "1:5",
                "aa:bb",
                " 12:22",
                "12:22 ",
                "12:22:00",
                "12-22",
                "1222",
                "+1:05",
                "-1:05",
                "012:22",
                "12:022",
                ":",
                "12:",
                ":22",
                "１２:２２",
                "١٢:٢٢",
                "24:00"
            })
    void anythingElseIsRejected(String text) {
        assertEquals(Optional.empty(), ClockTime.parse(text));
    }

    @Test
    void parseAcceptsExactlyTheReferenceSyntaxOverEveryShortString() {
        // Every string up to 5 characters over digits, the colon and a few intruders (space, letter, Arabic-Indic
        // digit): about 580,000 inputs, each judged by the hand-written parser and by the reference regex.
        char[] alphabet = "0123456789: a\u0661".toCharArray();
        int accepted = checkAllStrings(alphabet, new StringBuilder(), 5);

        // 1:00..9:59 (540), 01:00..09:59 (540), 10:00..12:59 (180).
        assertEquals(540 + 540 + 180, accepted);
    }

    @Test
    void parseHandsOutTheSharedInstance() {
        assertSame(ClockTime.of(2, 11), ClockTime.parse("2:11").orElseThrow());
        assertSame(
                ClockTime.parse("02:11").orElseThrow(), ClockTime.parse("2:11").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "13, 0", "-1, 30", "1, 60", "1, -1", "12, 99"})
    void readingsOffTheDialCannotBeMade(int hour, int minute) {
        assertThrows(IllegalArgumentException.class, () -> ClockTime.of(hour, minute));
        assertThrows(IllegalArgumentException.class, () -> new ClockTime(hour, minute));
    }

    private static int checkAllStrings(char[] alphabet, StringBuilder prefix, int maxLength) {
        String text = prefix.toString();
        boolean expected = REFERENCE_SYNTAX.matcher(text).matches();
        Optional<ClockTime> parsed = ClockTime.parse(text);
        assertEquals(expected, parsed.isPresent(), () -> "parse(\"" + text + "\")");
        parsed.ifPresent(time -> assertEquals(expectedTime(text), time, () -> "parse(\"" + text + "\")"));
        int accepted = expected ? 1 : 0;
        if (prefix.length() < maxLength) {
            for (char c : alphabet) {
                prefix.append(c);
                accepted += checkAllStrings(alphabet, prefix, maxLength);
                prefix.setLength(prefix.length() - 1);
            }
        }
        return accepted;
    }

    private static ClockTime expectedTime(String text) {
        String[] hourAndMinute = text.split(":");
        return new ClockTime(Integer.parseInt(hourAndMinute[0]), Integer.parseInt(hourAndMinute[1]));
    }
}
