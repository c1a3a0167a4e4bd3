package io.cloudsuite.konnichiwa.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sizes as the original spelled them: divided by 1024 while at least 1024, up to TB, with two decimals
 * ({@code 0.00 Bytes}, {@code 1.50 KB}, {@code 1024.00 TB}).
 */
public final class ByteSize {

    private static final String[] UNITS = {"Bytes", "KB", "MB", "GB", "TB"};
    private static final double STEP = 1024;

    private ByteSize() {}

    public static String format(long bytes) {
        // Dividing a double by 1024 is exact (a power of two), so this is the original's float arithmetic.
        double size = bytes;
        int unit = 0;
        while (size >= STEP && unit < UNITS.length - 1) {
            size /= STEP;
            unit++;
        }
        // The original's "%.2f" rounds the exact binary value half to even (1.125 KB -> "1.12 KB"), unlike
        // String.format's half-up; BigDecimal(double) is that exact value.
        return new BigDecimal(size).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + UNITS[unit];
    }
}
