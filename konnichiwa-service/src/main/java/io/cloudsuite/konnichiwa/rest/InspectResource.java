package io.cloudsuite.konnichiwa.rest;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.cloudsuite.commons.client.ClientAddresses;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.konnichiwa.service.Inspection;
import io.cloudsuite.konnichiwa.service.SystemInspector;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code GET /inspect}: the host's and this process's resource use, for a valid API key. On the event loop: the
 * key check is a few hashes and the report comes from a sample refreshed at most once a second, whose texts are made
 * once (hence one instance, made explicit).
 */
@Singleton
@Path("/inspect")
@Tag(name = "Konnichiwa")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(
        securitySchemeName = InspectResource.SECURITY_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "One of the service's API keys (KONNICHIWA_API_KEYS), sent as a Bearer "
                + "token. Local runs accept the development key given in docs/services/konnichiwa.md.")
public class InspectResource {

    static final String SECURITY_SCHEME = "apiKey";

    private final BearerAuthorization authorization;
    private final ClientAddresses clients;
    private final SystemInspector inspector;
    /** The texts of the latest sample, shared by the requests that sample serves. */
    private volatile InspectReport.SampleText sampleText;

    public InspectResource(BearerAuthorization authorization, ClientAddresses clients, SystemInspector inspector) {
        this.authorization = authorization;
        this.clients = clients;
        this.inspector = inspector;
    }

    @GET
    @NonBlocking
    @SecurityRequirement(name = SECURITY_SCHEME)
    @Operation(
            summary = "Report the host's and this process's CPU and memory use",
            description = "Sizes are divided by 1024 while at least 1024, up to TB, with two decimals. CPU and "
                    + "memory figures are at most one second old.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InspectReport.class)))
    @APIResponse(
            responseCode = "401",
            description = "No Bearer API key (WWW-Authenticate: Bearer), or a wrong one "
                    + "(WWW-Authenticate: Bearer error=\"invalid_token\")",
            headers = @Header(name = HttpHeaders.WWW_AUTHENTICATE, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many wrong API keys from this address; retry after the " + "given seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public InspectReport inspect(@Context HttpHeaders headers, @Context HttpServerRequest request) {
        authorization.authorize(headers.getHeaderString(HttpHeaders.AUTHORIZATION), clients.of(request));
        Inspection inspection = inspector.inspect();
        InspectReport.SampleText text = sampleText;
        if (text == null || text.sample() != inspection.resources()) {
            text = InspectReport.SampleText.of(inspection.resources());
            sampleText = text;
        }
        return InspectReport.of(inspection, text);
    }
}
