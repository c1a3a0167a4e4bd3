package io.cloudsuite.backends.suite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import io.cloudsuite.backends.LocalBackendKind;

/**
 * One service of the suite, as its own files describe it.
 *
 * @param name          the module name, e.g. {@code bullets-service}
 * @param directory     the module folder
 * @param configuration its {@code application.properties}
 */
public record SuiteService(String name, Path directory, Properties configuration) {

    /** Local runs use the service's own port, the one dev mode uses. */
    public int localPort() {
        String port = configuration.getProperty("%dev.quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(name + " sets no %dev.quarkus.http.port in its application.properties");
        }
        return Integer.parseInt(port.trim());
    }

    /** The backends the service names an address for in its configuration (Redis, DynamoDB, …). */
    public List<LocalBackendKind> backends() {
        return Arrays.stream(LocalBackendKind.values())
                .filter(kind -> kind.isConfiguredIn(configuration))
                .toList();
    }

    public Path runnableJar() {
        return directory.resolve("target/quarkus-app/quarkus-run.jar");
    }
}
