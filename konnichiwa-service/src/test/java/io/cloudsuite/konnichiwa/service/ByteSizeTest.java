package io.cloudsuite.konnichiwa.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {

    /** The original's cases: divide by 1024 while >= 1024, up to TB, two decimals rounded as Python's "%.2f". */
    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({
        "0, 0.00 Bytes",
        "1, 1.00 Bytes",
        "1023, 1023.00 Bytes",
        "1024, 1.00 KB",
        "1536, 1.50 KB",
        // 1.125 exactly: Python rounds the exact value half to even, String.format would say 1.13.
        "1152, 1.12 KB",
        // 1023.999 KB stays in KB (the loop compares the unrounded value) and rounds up in the text.
        "1048575, 1024.00 KB",
        "1048576, 1.00 MB",
        "1610612736, 1.50 GB",
        "1073741824, 1.00 GB",
        "1099511627776, 1.00 TB",
        "10995116277760, 10.00 TB",
    })
    void theOriginalsCases(long bytes, String expected) {
        assertEquals(expected, ByteSize.format(bytes));
    }

    /** 1024^5, 1024^6 and the largest long: no unit above TB. */
    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({
        "1125899906842624, 1024.00 TB",
        "1152921504606846976, 1048576.00 TB",
        "9223372036854775807, 8388608.00 TB",
    })
    void terabytesAreTheLargestUnit(long bytes, String expected) {
        assertEquals(expected, ByteSize.format(bytes));
    }
}
