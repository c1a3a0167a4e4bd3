package io.cloudsuite.konnichiwa.rest;

/**
 * The documented development key: what %dev and %test accept. The prod jar refuses to start with it, so the
 * integration tests hand it {@link #PACKAGED} instead, a key that meets the production rule and that %test accepts too,
 * so one test class serves both.
 */
final class DevelopmentKey {

    static final String KEY = "konnichiwa-api-key_NOT_FOR_PRODUCTION";
    static final String BEARER = "Bearer " + KEY;
    /** At least 32 characters and not the development key: what the integration tests configure. */
    static final String PACKAGED = "packaged-jar-test-key-7Hq2Vd9Lx4Rz8Nc3";

    static final String PACKAGED_BEARER = "Bearer " + PACKAGED;

    private DevelopmentKey() {}
}
