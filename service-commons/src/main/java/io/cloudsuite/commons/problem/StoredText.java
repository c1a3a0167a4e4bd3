package io.cloudsuite.commons.problem;

/**
 * The rules every string a service stores must meet, in one place: well-formed Unicode (no lone UTF-16 surrogate,
 * which DynamoDB's SDK refuses to serialise: a 500 otherwise), and, where a value is required, "not blank" meaning
 * it has at least one visible character (not only whitespace, no-break or zero-width spaces, or other format
 * characters such as a byte order mark).
 */
public final class StoredText {

    /** The reason given for a string with a lone surrogate. */
    public static final String NOT_WELL_FORMED = "must be well-formed Unicode text (it has a lone UTF-16 surrogate)";

    private StoredText() {}

    /** True when every surrogate in the string is half of a pair. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The string with each lone surrogate replaced by U+FFFD, so that it can be written as JSON (or logged). */
    public static String wellFormed(String text) {
        if (text == null || isWellFormed(text)) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                repaired.append(c).append(text.charAt(++i));
            } else {
                repaired.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return repaired.toString();
    }

    /**
     * True when the string has no visible character: empty, or only whitespace (Unicode's, which includes the
     * no-break spaces), zero-width and other format characters, or control characters.
     */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(StoredText::isInvisible);
    }

    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT
                || c == '\u3164'
                || c == '\u115F'
                || c == '\u1160';
    }
}
