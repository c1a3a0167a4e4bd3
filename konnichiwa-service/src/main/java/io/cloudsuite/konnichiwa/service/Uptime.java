package io.cloudsuite.konnichiwa.service;

/** An uptime as people read it: {@code 04:05:06}, {@code 1 day, 04:05:06}, {@code 3 days, 04:05:06}. */
public final class Uptime {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Uptime() {
    }

    public static String format(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("an uptime is not negative: " + seconds);
        }
        long days = seconds / DAY;
        long rest = seconds % DAY;
        String clock = String.format("%02d:%02d:%02d", rest / HOUR, rest % HOUR / MINUTE, rest % MINUTE);
        if (days == 0) {
            return clock;
        }
        return days + (days == 1 ? " day, " : " days, ") + clock;
    }
}
