package io.cloudsuite.streamlimiter.rest;

import java.util.concurrent.ThreadLocalRandom;

/** A fresh viewer address per test, so tests sharing one table never see each other's streams. */
final class Viewers {

    private Viewers() {}

    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static String freshIpv6() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::"
                + Integer.toHexString(random.nextInt(1, 0x10000));
    }
}
