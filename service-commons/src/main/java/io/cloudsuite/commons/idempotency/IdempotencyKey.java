package io.cloudsuite.commons.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.cloudsuite.commons.problem.InvalidInputException;

/**
 * A client's name for one write, so that a retried request takes effect once (a bullet, a stream start, …).
 * 1–255 visible ASCII characters. An operation documents the header with
 * {@code @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, schema = @Schema(implementation =
 * IdempotencyKey.class))}: the schema below, once, as the OpenAPI component {@code IdempotencyKey}.
 */
@Schema(
        name = "IdempotencyKey",
        type = SchemaType.STRING,
        minLength = 1,
        maxLength = IdempotencyKey.MAX_LENGTH,
        pattern = IdempotencyKey.PATTERN)
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    /** Response header: {@code true} when the answer is the first answer to this key, replayed. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** The longest key, in characters. */
    public static final int MAX_LENGTH = 255;
    /** Visible ASCII only: a key is part of a Redis or DynamoDB key and is echoed in logs. */
    public static final String PATTERN = "^[\\x21-\\x7E]+$";

    public static final String RULE = "must be 1 to " + MAX_LENGTH + " visible ASCII characters, sent at most once";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

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
