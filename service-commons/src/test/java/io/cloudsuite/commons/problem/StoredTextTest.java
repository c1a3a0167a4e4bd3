package io.cloudsuite.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00b", "end\ud83d", "\ude00start"})
    void aLoneSurrogateIsNotWellFormed(String text) {
        assertFalse(StoredText.isWellFormed(text));
        assertTrue(StoredText.isWellFormed(StoredText.wellFormed(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ada", "\ud83d\ude00 emoji", "名前"})
    void pairedSurrogatesAndPlainTextAreWellFormed(String text) {
        assertTrue(StoredText.isWellFormed(text));
        assertEquals(text, StoredText.wellFormed(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "\u200b\u200b", "\u00a0\u202f\u2007", "\ufeff", "\u2060 \u200d", "\t\u3000", "\u3164"
            })
    void onlyInvisibleCharactersIsBlank(String text) {
        assertTrue(StoredText.isBlank(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " Ada ", "\u200bx", "·"})
    void oneVisibleCharacterIsNotBlank(String text) {
        assertFalse(StoredText.isBlank(text));
    }

    /** A client's own field name is echoed in errors[]: a lone surrogate there must not make the answer unwritable. */
    @Test
    void aFieldErrorNamesAMalformedFieldInWellFormedText() {
        assertEquals("a\ufffdb", new ProblemDetail.FieldError("a\ud800b", "is not a field").field());
    }
}
