package io.cloudsuite.commons.http;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.commons.problem.ProblemType;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes a problem+json answer straight to the Vert.x response, for the requests answered before (or without) the
 * REST layer and its exception mappers: the same document, built the same way.
 */
@Singleton
public class VertxProblems {

    private final ObjectMapper json;

    public VertxProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param closeConnection true when the request's body was not read in full: its unread bytes must not be taken
     *                        for the next request on this connection
     */
    public void answer(
            RoutingContext context, Response.Status status, ProblemType type, String detail, boolean closeConnection) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.closed()) {
            return;
        }
        ProblemDetail problem = new ProblemDetail(
                type.uri(),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                context.request().path(),
                null);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
        response.setStatusCode(status.getStatusCode()).putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        if (closeConnection) {
            response.putHeader("Connection", "close");
        }
        // Not an end handler on the response: the routing context's own (which release the request's counts) are.
        response.end(io.vertx.core.buffer.Buffer.buffer(body)).onComplete(ended -> {
            if (closeConnection) {
                response.close();
            }
        });
    }
}
