package io.cloudsuite.peopleinfo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PageCursorTest {

    private static final PersonId ID = new PersonId("3f6c2a9e-8d1b-4c4e-9a57-0b1f5e2d7c10");

    @Test
    void aCursorDecodesToItselfForItsSurname() {
        PageCursor cursor = new PageCursor("müller:o'brien", ID);

        assertEquals(Optional.of(cursor), PageCursor.decode(cursor.encode(), "müller:o'brien"));
        assertTrue(cursor.encode().matches("[A-Za-z0-9_-]+"), "URL-safe without escaping");
    }

    @Test
    void aCursorOfAnotherSurnameIsRefused() {
        assertEquals(Optional.empty(), PageCursor.decode(new PageCursor("smith", ID).encode(), "jones"));
    }

    @Test
    void textThatIsNoCursorIsRefused() {
        for (String text : new String[] {
            null,
            "",
            "!!!",
            "AAAA",
            encode("not-an-id:smith"),
            encode(ID.value().toUpperCase() + ":smith"),
            encode(ID.value() + "smith"),
            "A".repeat(5000)
        }) {
            assertEquals(Optional.empty(), PageCursor.decode(text, "smith"), String.valueOf(text));
        }
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe};
        assertEquals(Optional.empty(), PageCursor.decode(Base64.getUrlEncoder().encodeToString(notUtf8), "smith"));
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
