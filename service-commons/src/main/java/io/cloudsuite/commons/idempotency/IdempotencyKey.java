package io.cloudsuite.commons.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cloudsuite.commons.problem.InvalidInputException;

/**
 * A client's name for one write, so that a retried request takes effect once (a bullet, a stream start, …).
 * 1–255 visible ASCII characters.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    /** Response header: {@code true} when the answer is the first answer to this key, replayed. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public static final String RULE = "must be 1 to 255 visible ASCII characters, sent at most once";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public IdempotencyKey {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException(HEADER, RULE);
        }
    }

    /**
     * The key from the header's raw values: none when absent; a 400 when empty, malformed or repeated. Raw values
     * matter because the REST layer turns an empty header into an absent one, which would perform the write again.
     */
    public static Optional<IdempotencyKey> fromHeader(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new InvalidInputException(HEADER, RULE);
        }
        return Optional.of(new IdempotencyKey(values.get(0)));
    }
}
