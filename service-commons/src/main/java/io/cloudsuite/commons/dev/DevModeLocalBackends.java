package io.cloudsuite.commons.dev;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only, one starter for every backend kind (Redis, DynamoDB, …): for each backend whose address the service
 * configures ({@link LocalBackendKind#addressProperty()}), when nothing answers there it starts a real local server
 * on that port, so {@code ./mvnw quarkus:dev} works on a machine with nothing installed; when something answers it
 * uses that one. Either way one log line says which. The prod build does not contain this bean.
 *
 * <p>It runs before any other startup work (e.g. creating DynamoDB tables). A server it starts outlives live
 * reloads (the next start finds it answering) and stops when the dev-mode JVM exits.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevModeLocalBackends {

    private static final Logger LOG = Logger.getLogger(DevModeLocalBackends.class);

    void startWhatIsMissing(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, Config config) {
        for (LocalBackendKind kind : LocalBackendKind.values()) {
            config.getOptionalValue(kind.addressProperty(), String.class)
                    .flatMap(LocalBackendKind::firstAddress)
                    .ifPresent(address -> ensureAnswering(kind, address));
        }
    }

    /** The server this call started, or none when one already answered (or the address is not local). */
    static Optional<LocalBackend> ensureAnswering(LocalBackendKind kind, URI address) {
        if (TcpProbe.isAnswering(address)) {
            LOG.infof(
                    "%s: using the server that answers at %s (%s)",
                    kind.displayName(), address, kind.addressProperty());
            return Optional.empty();
        }
        if (!isLoopback(address)) {
            LOG.warnf(
                    "%s: nothing answers at %s (%s), and dev mode starts local servers on loopback addresses only",
                    kind.displayName(), address, kind.addressProperty());
            return Optional.empty();
        }
        LocalBackend started = kind.startOn(address.getPort());
        LOG.infof(
                "%s: nothing answered at %s (%s), so dev mode started a local server there (%s); it stops when "
                        + "dev mode exits",
                kind.displayName(), address, kind.addressProperty(), started.executableDescription());
        return Optional.of(started);
    }

    private static boolean isLoopback(URI address) {
        try {
            return InetAddress.getByName(address.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
