package io.cloudsuite.konnichiwa.rest;

import java.util.Optional;

/** The token of an {@code Authorization: Bearer <token>} header (RFC 6750). */
final class BearerCredentials {

    private static final String SCHEME = "Bearer";

    private BearerCredentials() {}

    /**
     * The token, or empty when the header is missing, names another scheme or carries no token. The scheme is
     * case-insensitive (RFC 9110); spaces around the token are not part of it.
     */
    static Optional<String> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String rest = authorization.substring(SCHEME.length());
        if (!rest.isEmpty() && rest.charAt(0) != ' ') {
            return Optional.empty(); // "Bearerabc" is another scheme, not a token
        }
        String token = rest.strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
