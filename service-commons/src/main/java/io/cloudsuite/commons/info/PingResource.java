package io.cloudsuite.commons.info;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.smallrye.common.annotation.NonBlocking;

/** {@code GET /ping}: the liveness probe the original deployments' load balancers used, kept for them. */
@Path("/ping")
@Tag(name = "Probes")
public class PingResource {

    private final Ping ping;

    public PingResource(ServiceInfoConfig info) {
        this.ping = new Ping("success", info.name(), info.version(), info.region(), info.stage());
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tell which service, version, region and stage answers")
    public Ping ping() {
        return ping;
    }

    public record Ping(
            String status,
            @JsonProperty("app_name") String appName,
            @JsonProperty("app_version") String appVersion,
            @JsonProperty("deployment_region") String deploymentRegion,
            String stage) {}
}
