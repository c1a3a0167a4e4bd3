package io.cloudsuite.commons.idempotency;

import jakarta.ws.rs.core.Response;

import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.commons.problem.ProblemType;

/** The problems every service with Idempotency-Key answers the same way. */
public final class IdempotencyProblems {

    public static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused");
    /** RFC 9110's 422, which jakarta.ws.rs' Status does not list. */
    static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private IdempotencyProblems() {}

    /** 422: the key was first used with another request; nothing was done for this one. */
    public static ProblemException keyReused() {
        return new ProblemException(
                UNPROCESSABLE_CONTENT,
                KEY_REUSED,
                "This Idempotency-Key was used for a different request (another body or operation); nothing was "
                        + "done. Use a new key for a new request, or repeat the first request exactly.");
    }
}
