package io.cloudsuite.peopleinfo.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a surname query starts: after this person's id, within this surname. Opaque to clients
 * (base64url of {@code <id>:<surname key>}); carrying the surname lets a cursor used with another surname be
 * refused instead of silently skipping people.
 */
public record PageCursor(String surnameKey, PersonId lastId) {

    private static final int ID_LENGTH = 36;
    /** Far above any real cursor (a surname is at most 100 characters); refuses huge inputs before decoding. */
    private static final int MAX_ENCODED_LENGTH = 1024;

    public String encode() {
        byte[] raw = (lastId.value() + ":" + surnameKey).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The cursor in a client's text, or empty when it is not one this service made for that surname. */
    public static Optional<PageCursor> decode(String text, String expectedSurnameKey) {
        if (text == null || text.isEmpty() || text.length() > MAX_ENCODED_LENGTH) {
            return Optional.empty();
        }
        String raw;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            raw = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException notBase64Utf8) {
            return Optional.empty();
        }
        if (raw.length() <= ID_LENGTH
                || raw.charAt(ID_LENGTH) != ':'
                || !raw.substring(ID_LENGTH + 1).equals(expectedSurnameKey)) {
            return Optional.empty();
        }
        return PersonId.parse(raw.substring(0, ID_LENGTH))
                .filter(id -> id.value().equals(raw.substring(0, ID_LENGTH)))
                .map(id -> new PageCursor(expectedSurnameKey, id));
    }
}
