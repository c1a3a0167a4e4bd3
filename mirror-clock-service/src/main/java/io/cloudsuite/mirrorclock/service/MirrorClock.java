package io.cloudsuite.mirrorclock.service;

/**
 * The real time shown by a wall clock whose mirror image reads a given time.
 *
 * <p>A mirror flips the dial left to right, so each hand really stands as far before 12 as the mirror shows it past
 * 12. The minutes read 60 minus the mirrored minutes. The hour hand, which the mirror shows just past the mirrored
 * hour, really stands just short of 12 minus it: the hour reads 11 minus the mirrored hour, or 12 minus it when the
 * minute hand is exactly on 12. 12:00 and 06:00 are their own mirror images, and mirroring twice gives the reading
 * back.
 */
public final class MirrorClock {

    private MirrorClock() {}

    /** The real time for the clock that the mirror shows as {@code mirrored}; a pure function. */
    public static ClockTime realTime(ClockTime mirrored) {
        if (mirrored.minute() == 0) {
            return ClockTime.of(onDial(12 - mirrored.hour()), 0);
        }
        return ClockTime.of(onDial(11 - mirrored.hour()), 60 - mirrored.minute());
    }

    /** Brings an hour from -1..11 back onto the dial's 1..12. */
    private static int onDial(int hour) {
        return hour <= 0 ? hour + 12 : hour;
    }
}
