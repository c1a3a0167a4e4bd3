package io.cloudsuite.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Quarkus service answers in production, from its application.properties: the HTTP port, the readiness
 * and liveness paths, and the port they are served on (which differs when the management interface is on).
 * A prod value is %prod.key, else the plain key, else Quarkus' default; %dev and %test values never count.
 */
record QuarkusHttpEndpoint(int httpPort, int readinessPort, String readinessPath, String livenessPath) {

    private static final Pattern EXPRESSION_WITH_DEFAULT = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    /** The endpoint of a service whose application.properties may not exist yet (Quarkus' defaults then). */
    static QuarkusHttpEndpoint ofService(Path serviceDir) {
        Properties properties = new Properties();
        load(serviceDir.resolve("src/main/resources/application.properties"), properties);
        return of(properties);
    }

    /**
     * The same, with the conventions every service shares beneath the service's own keys, as Quarkus layers them:
     * service-commons' microprofile-config.properties (e.g. the management interface that serves health on 9000).
     */
    static QuarkusHttpEndpoint ofSuiteService(Path repoRoot, String service) {
        Properties properties = new Properties();
        load(
                repoRoot.resolve("service-commons/src/main/resources/META-INF/microprofile-config.properties"),
                properties);
        load(repoRoot.resolve(service).resolve("src/main/resources/application.properties"), properties);
        return of(properties);
    }

    private static void load(Path file, Properties into) {
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                into.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static QuarkusHttpEndpoint of(Properties properties) {
        int httpPort = Integer.parseInt(prod(properties, "quarkus.http.port", "8080"));
        boolean management = Boolean.parseBoolean(prod(properties, "quarkus.management.enabled", "false"));

        String nonApplicationRoot;
        int readinessPort;
        if (management) {
            // Health then moves to the management interface, on its own port and root.
            readinessPort = Integer.parseInt(prod(properties, "quarkus.management.port", "9000"));
            nonApplicationRoot = resolve("/", prod(properties, "quarkus.management.root-path", "q"));
        } else {
            readinessPort = httpPort;
            String httpRoot = resolve("/", prod(properties, "quarkus.http.root-path", "/"));
            nonApplicationRoot = resolve(httpRoot, prod(properties, "quarkus.http.non-application-root-path", "q"));
        }
        String healthRoot =
                resolve(nonApplicationRoot, prod(properties, "quarkus.smallrye-health.root-path", "health"));
        String readiness = resolve(healthRoot, prod(properties, "quarkus.smallrye-health.readiness-path", "ready"));
        String liveness = resolve(healthRoot, prod(properties, "quarkus.smallrye-health.liveness-path", "live"));
        return new QuarkusHttpEndpoint(httpPort, readinessPort, readiness, liveness);
    }

    private static String prod(Properties properties, String key, String quarkusDefault) {
        String value = properties
                .getProperty("%prod." + key, properties.getProperty(key, quarkusDefault))
                .strip();
        Matcher expression = EXPRESSION_WITH_DEFAULT.matcher(value);
        return expression.matches() ? expression.group(1) : value;
    }

    /** Quarkus' rule: a path starting with / is absolute, anything else is relative to its parent path. */
    private static String resolve(String parent, String path) {
        String joined = path.startsWith("/") ? path : parent + "/" + path;
        String normalized = joined.replaceAll("/+", "/");
        return normalized.length() > 1 && normalized.endsWith("/")
                ? normalized.substring(0, normalized.length() - 1)
                : normalized;
    }
}
