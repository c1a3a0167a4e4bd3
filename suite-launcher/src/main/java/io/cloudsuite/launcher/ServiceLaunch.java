package io.cloudsuite.launcher;

import java.util.Map;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.suite.ServiceProcess;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * How the suite runs one packaged service: the one launch of {@link ServiceProcess} (the image's JVM flags, loopback,
 * the backends this suite uses), in the dev profile by default (the service's own local defaults: port, development
 * keys) or in the prod profile it deploys with.
 */
final class ServiceLaunch {

    private ServiceLaunch() {}

    /**
     * @param backendAddresses the address of every backend the service needs: one the suite found answering at the
     *                         configured address, or one it started
     */
    static ServiceProcess.Launch of(
            SuiteService service,
            int port,
            int managementPort,
            Map<LocalBackendKind, String> backendAddresses,
            boolean prodProfile) {
        return ServiceProcess.launch(service)
                .port(port)
                .managementPort(managementPort)
                .backends(backendAddresses)
                .configuration(prodProfile ? Map.of() : Map.of("quarkus.profile", "dev"));
    }
}
