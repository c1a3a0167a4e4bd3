package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    /** The service whose module folder is {@code directory} (a test's working directory is its module's). */
    public static SuiteService inDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Properties properties = new Properties();
        Path file = absolute.resolve("src/main/resources/application.properties");
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new SuiteService(absolute.getFileName().toString(), absolute, properties);
    }

    /** The short name people type, e.g. {@code bullets} for {@code bullets-service}. */
    public String shortName() {
        return name.replaceFirst("-service$", "");
    }

    /** Local runs use the service's own port, the one dev mode uses. */
    public int localPort() {
        String port = configuration.getProperty("%dev.quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(name + " sets no %dev.quarkus.http.port in its application.properties");
        }
        return Integer.parseInt(port.trim());
    }

    /** Local runs serve health and metrics on the service's own management port, the one dev mode uses. */
    public int localManagementPort() {
        String port = configuration.getProperty("%dev.quarkus.management.port");
        if (port == null) {
            throw new IllegalStateException(
                    name + " sets no %dev.quarkus.management.port in its application.properties");
        }
        return Integer.parseInt(port.trim());
    }

    /**
     * A key's value in the dev profile, the profile local runs use: its {@code %dev.} form when set, else the plain
     * key (a prod-only address such as DynamoDB's endpoint override is often set for dev only).
     */
    public Optional<String> devValue(String key) {
        return Optional.ofNullable(configuration.getProperty("%dev." + key, configuration.getProperty(key)))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** The backends the service names an address for in its dev configuration (Redis, DynamoDB, …). */
    public List<LocalBackendKind> backends() {
        return Arrays.stream(LocalBackendKind.values())
                .filter(kind -> kind.isConfiguredIn(configuration))
                .toList();
    }

    public Path runnableJar() {
        return directory.resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The suite's shared JVM flags, copied beside the jar at packaging (see jvm/service-jvm.options). */
    public Path jvmOptions() {
        return directory.resolve("target/service-jvm.options");
    }

    /**
     * The jar's AppCDS archive, written at packaging by jvm/app-cds.sh unless {@code -DskipAppCds}: the classes a
     * start loads, already parsed and verified.
     */
    public Path appCdsArchive() {
        return directory.resolve("target/quarkus-app/app-cds.jsa");
    }
}
