package io.cloudsuite.commons.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an Idempotency-Key was first used for, remembered beside the key so that a request reusing the key for
 * something else is refused (422) instead of being answered with another request's result: a SHA-256 of the
 * operation and of the request as the service understood it (its parsed body, not the bytes, so whitespace and
 * field order do not matter).
 */
public record RequestFingerprint(String value) {

    /** @param parts the operation's name first, then every value the request's effect depends on */
    public static RequestFingerprint of(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
                sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha256.update((byte) ':');
                sha256.update(bytes);
            }
            return new RequestFingerprint(HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
