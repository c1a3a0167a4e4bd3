package io.cloudsuite.konnichiwa.rest;

/** The documented development key: what %dev and %test accept, and what the integration tests hand the prod jar. */
final class DevelopmentKey {

    static final String KEY = "konnichiwa-api-key_NOT_FOR_PRODUCTION";
    static final String BEARER = "Bearer " + KEY;

    private DevelopmentKey() {
    }
}
