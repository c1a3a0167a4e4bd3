package io.cloudsuite.commons.info;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.smallrye.common.annotation.NonBlocking;

/**
 * {@code GET /} redirects to the Swagger UI in every service, so whoever opens a service's address finds its API.
 * No {@code @Produces}, so a browser's {@code Accept: text/html} is not refused with a 406.
 *
 * <p>A service whose {@code /} is an operation of its own (konnichiwa's greeting) sets
 * {@code suite.root-redirect.enabled=false} in its application.properties (read at build time) and serves {@code /}
 * itself.
 */
@Path("/")
@UnlessBuildProperty(name = "suite.root-redirect.enabled", stringValue = "false", enableIfMissing = true)
@Tag(name = "API documentation")
public class RootRedirectResource {

    /**
     * Sent as a relative reference (RFC 9110 allows it), so the browser resolves it against the address it used:
     * right behind any TLS load balancer without trusting forwarded headers. {@code RestResponse.seeOther} would
     * make it absolute from the Host header.
     */
    static final String SWAGGER_UI = "/q/swagger-ui/";

    @GET
    @NonBlocking
    @Operation(summary = "Redirect to the Swagger UI")
    @APIResponse(
            responseCode = "303",
            description = "See the Swagger UI",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            schema = @Schema(type = SchemaType.STRING),
                            description = "Where the Swagger UI is: " + SWAGGER_UI + " (relative)"))
    public RestResponse<Void> root() {
        return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, SWAGGER_UI)
                .build();
    }
}
