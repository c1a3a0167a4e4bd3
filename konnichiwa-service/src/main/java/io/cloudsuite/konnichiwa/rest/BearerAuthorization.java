package io.cloudsuite.konnichiwa.rest;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;

import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.konnichiwa.service.ApiKeys;
import io.cloudsuite.konnichiwa.service.FailedAttempts;

/**
 * Lets a request through with a valid API key, else answers the problem RFC 6750 asks for.
 *
 * <ul>
 *   <li>a valid key: through, always; valid requests are neither counted nor slowed;</li>
 *   <li>from an address blocked by the brute-force guard: 429 with {@code Retry-After};</li>
 *   <li>no Bearer credentials: 401 with {@code WWW-Authenticate: Bearer} (not counted: it guesses nothing);</li>
 *   <li>a wrong key: counted against the address, 401 with {@code WWW-Authenticate: Bearer error="invalid_token"}.</li>
 * </ul>
 * No answer, header or log line ever contains a key or the token sent.
 */
@Singleton
public class BearerAuthorization {

    private static final Logger LOG = Logger.getLogger(BearerAuthorization.class);

    static final String CHALLENGE = "Bearer";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private final ApiKeys keys;
    private final FailedAttempts failedAttempts;

    public BearerAuthorization(ApiKeys keys, FailedAttempts failedAttempts) {
        this.keys = keys;
        this.failedAttempts = failedAttempts;
    }

    /** Returns when the request may proceed; throws the 401 or 429 problem otherwise. */
    public void authorize(String authorization, String clientAddress) {
        Optional<String> token = BearerCredentials.token(authorization);
        if (token.isPresent() && keys.accepts(token.get())) {
            return;
        }
        Optional<Duration> blocked = failedAttempts.blockedFor(clientAddress);
        if (blocked.isPresent()) {
            long retryAfterSeconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            throw new ProblemException(
                            Status.TOO_MANY_REQUESTS,
                            KonnichiwaProblems.TOO_MANY_FAILED_ATTEMPTS,
                            "Too many wrong API keys from this address (" + failedAttempts.maxFailures() + " within "
                                    + failedAttempts.window().toSeconds() + " s); retry after " + retryAfterSeconds
                                    + " s.")
                    .withHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        if (token.isEmpty()) {
            throw new ProblemException(
                            Status.UNAUTHORIZED,
                            KonnichiwaProblems.API_KEY_REQUIRED,
                            "This operation needs an API key, sent as the header Authorization: Bearer <API key>.")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        int failures = failedAttempts.recordFailure(clientAddress);
        if (failures == failedAttempts.maxFailures()) {
            // Once per window and address: the next wrong key from it is refused with 429.
            LOG.warnf(
                    "%d wrong API keys from %s within %d s: its next attempts get 429 until the window passes",
                    failures, clientAddress, failedAttempts.window().toSeconds());
        }
        throw new ProblemException(
                        Status.UNAUTHORIZED,
                        KonnichiwaProblems.INVALID_API_KEY,
                        "The API key sent as the Bearer token is not valid.")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN_CHALLENGE);
    }
}
