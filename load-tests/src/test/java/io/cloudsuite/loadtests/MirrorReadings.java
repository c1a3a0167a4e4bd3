package io.cloudsuite.loadtests;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An endless feeder of mirror-clock requests: mostly valid readings (hour 1-12 with or without a leading zero,
 * minutes 00-59), each with the real time worked out here independently of the service, and some invalid ones that
 * must get a 400. Each record holds {@code reading}, {@code valid}, and for a valid one {@code normalised} (two-digit
 * hour) and {@code expected} (the real time).
 */
final class MirrorReadings implements Iterator<Map<String, Object>> {

    /** Not readings: out-of-range hours and minutes, wrong shapes, padding, other digits, empty. */
    static final List<String> INVALID = List.of(
            "13:20",
            "00:20",
            "0:00",
            "12:60",
            "1:5",
            "1:05:00",
            "12:22:00",
            "aa:bb",
            " 12:22",
            "12:22 ",
            "12-22",
            "1222",
            ":22",
            "12:",
            "+1:22",
            "-1:22",
            "\u0661\u0662:\u0662\u0662",
            "12\uff1a22",
            "",
            "99999999999:00");

    private final double validShare;

    /** @param validShare the share of valid readings, 0..1 */
    MirrorReadings(double validShare) {
        this.validShare = validShare;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Map<String, Object> next() {
        Random random = ThreadLocalRandom.current();
        Map<String, Object> record = new HashMap<>();
        if (random.nextDouble() < validShare) {
            int hour = 1 + random.nextInt(12);
            int minute = random.nextInt(60);
            boolean leadingZero = hour < 10 && random.nextBoolean();
            record.put("reading", (leadingZero ? "0" : "") + hour + ":" + twoDigits(minute));
            record.put("valid", true);
            record.put("normalised", twoDigits(hour) + ":" + twoDigits(minute));
            record.put("expected", realTime(hour, minute));
        } else {
            record.put("reading", INVALID.get(random.nextInt(INVALID.size())));
            record.put("valid", false);
        }
        return record;
    }

    /**
     * The real time for a mirrored reading: a mirror flips the dial left to right, so each hand stands as far
     * before 12 as the mirror shows it past 12, in minutes past 12 on a 720-minute dial.
     */
    static String realTime(int mirroredHour, int mirroredMinute) {
        int mirroredMinutesPastTwelve = (mirroredHour % 12) * 60 + mirroredMinute;
        int real = (720 - mirroredMinutesPastTwelve) % 720;
        int hour = real / 60 == 0 ? 12 : real / 60;
        return twoDigits(hour) + ":" + twoDigits(real % 60);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
