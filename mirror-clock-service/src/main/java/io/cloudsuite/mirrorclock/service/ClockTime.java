package io.cloudsuite.mirrorclock.service;

import java.util.List;
import java.util.Optional;

/**
 * A reading of a 12-hour wall clock: hour 1–12, minute 0–59. There is no 0 o'clock and no 13 o'clock.
 *
 * <p>All 720 readings exist once, built at class load: {@link #of} and {@link #parse} hand out those instances and
 * {@link #format} their precomputed text, so a request parses and formats without allocating.
 */
public record ClockTime(int hour, int minute) {

    /** The text form: hour with an optional leading zero when parsed, always two digits when formatted. */
    public static final String FORMAT = "HH:MM";

    /** How many distinct readings a 12-hour dial shows. */
    public static final int READINGS = 12 * 60;

    // Indexed by dial position: minutes clockwise from 12:00, so 12:00 is 0 and 11:59 is 719.
    private static final ClockTime[] BY_POSITION = new ClockTime[READINGS];
    private static final String[] TEXT_BY_POSITION = new String[READINGS];

    static {
        for (int hour = 1; hour <= 12; hour++) {
            for (int minute = 0; minute < 60; minute++) {
                ClockTime time = new ClockTime(hour, minute);
                BY_POSITION[time.dialPosition()] = time;
                TEXT_BY_POSITION[time.dialPosition()] = twoDigits(hour) + ":" + twoDigits(minute);
            }
        }
    }

    public ClockTime {
        if (hour < 1 || hour > 12) {
            throw new IllegalArgumentException("hour must be 1 to 12, was " + hour);
        }
        if (minute < 0 || minute > 59) {
            throw new IllegalArgumentException("minute must be 0 to 59, was " + minute);
        }
    }

    /** The shared instance of this reading. */
    public static ClockTime of(int hour, int minute) {
        return BY_POSITION[new ClockTime(hour, minute).dialPosition()];
    }

    /** Every reading once, in dial order from 12:00 to 11:59. */
    public static List<ClockTime> all() {
        return List.of(BY_POSITION);
    }

    /**
     * Reads {@code H:MM} or {@code HH:MM}: hour 1–12 with an optional leading zero, minutes exactly two digits 00–59,
     * ASCII digits only, nothing before or after. Hand-written rather than a regex: this runs on every request.
     *
     * @return the reading, or empty when {@code text} is null or anything else
     */
    public static Optional<ClockTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.length();
        int colon = length - 3;
        if ((length != 4 && length != 5) || text.charAt(colon) != ':') {
            return Optional.empty();
        }
        int hour = colon == 1 ? digit(text.charAt(0)) : twoDigitNumber(text.charAt(0), text.charAt(1));
        int minute = twoDigitNumber(text.charAt(colon + 1), text.charAt(colon + 2));
        if (hour < 1 || hour > 12 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(BY_POSITION[dialPosition(hour, minute)]);
    }

    /** Always {@code HH:MM} with two-digit hour and minute, e.g. {@code 02:11}. */
    public String format() {
        return TEXT_BY_POSITION[dialPosition()];
    }

    /** Minutes clockwise from 12:00, 0–719: where the hands stand. */
    public int dialPosition() {
        return dialPosition(hour, minute);
    }

    @Override
    public String toString() {
        return format();
    }

    private static int dialPosition(int hour, int minute) {
        return (hour % 12) * 60 + minute;
    }

    /** The digit's value, or -1 for anything but an ASCII digit (Character.isDigit would admit other scripts). */
    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /** The two-digit number, or -1 when either character is not an ASCII digit. */
    private static int twoDigitNumber(char tens, char ones) {
        int tensValue = digit(tens);
        int onesValue = digit(ones);
        return tensValue < 0 || onesValue < 0 ? -1 : tensValue * 10 + onesValue;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
