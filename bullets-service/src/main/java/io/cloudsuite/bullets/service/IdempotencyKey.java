package io.cloudsuite.bullets.service;

import java.util.regex.Pattern;

/** A client's name for one bullet, so that a retried request is counted once. 1–255 visible ASCII characters. */
public record IdempotencyKey(String value) {

    /** The header's syntax, also enforced on the REST parameter so a bad key is a 400 before any work. */
    public static final String SYNTAX = "[\\x21-\\x7E]{1,255}";
    private static final Pattern VALID = Pattern.compile(SYNTAX);

    public IdempotencyKey {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("an idempotency key is 1 to 255 visible ASCII characters");
        }
    }
}
