package io.cloudsuite.konnichiwa.service;

/** An uptime as people read it: {@code 04:05:06}, {@code 1 day, 04:05:06}, {@code 3 days, 04:05:06}. */
public final class Uptime {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Uptime() {}

    public static String format(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("an uptime is not negative: " + seconds);
        }
        long days = seconds / DAY;
        long rest = seconds % DAY;
        StringBuilder text = new StringBuilder(24);
        if (days > 0) {
            text.append(days).append(days == 1 ? " day, " : " days, ");
        }
        twoDigits(text, rest / HOUR).append(':');
        twoDigits(text, rest % HOUR / MINUTE).append(':');
        return twoDigits(text, rest % MINUTE).toString();
    }

    /** On every /inspect: cheaper than String.format. */
    private static StringBuilder twoDigits(StringBuilder text, long value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
