package io.cloudsuite.commons.dev;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.backends.TcpProbe;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: when nothing answers at the configured Redis address, start a real local Redis there, so
 * {@code ./mvnw quarkus:dev} works on a machine with nothing installed. The prod build does not contain this bean.
 *
 * <p>The server outlives live reloads (the next start finds it answering) and stops when the dev-mode JVM exits.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevModeLocalRedis {

    private static final Logger LOG = Logger.getLogger(DevModeLocalRedis.class);
    private static final String REDIS_HOSTS = "quarkus.redis.hosts";

    void startIfNothingAnswers(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            Config config) {
        Optional<String> hosts = config.getOptionalValue(REDIS_HOSTS, String.class);
        if (hosts.isEmpty()) {
            return;
        }
        URI address = URI.create(hosts.get().split(",")[0].trim());
        if (TcpProbe.isAnswering(address)) {
            return;
        }
        LocalRedisServer redis = LocalRedisServer.startOn(address.getPort());
        Runtime.getRuntime().addShutdownHook(new Thread(redis::stop, "dev-mode-local-redis-stop"));
        LOG.infof("Nothing answered at %s, so dev mode started a local Redis there (%s); it stops when dev mode exits",
                address, redis.executableDescription());
    }
}
