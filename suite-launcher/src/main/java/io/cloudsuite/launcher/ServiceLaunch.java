package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudsuite.backends.suite.SuiteService;

/**
 * The command that runs one packaged service locally: its jar in the dev profile (the service's own local defaults:
 * port, development keys, table creation), on loopback, with the JVM flags of its image and the addresses of the
 * backends this suite runs.
 */
final class ServiceLaunch {

    private static final Pattern JAVA_OPTS = Pattern.compile("^ENV\\s+JAVA_OPTS_APPEND=\"([^\"]*)\"", Pattern.MULTILINE);

    private ServiceLaunch() {
    }

    /**
     * @param backendOverrides configuration key to address, for each backend the suite started on a port other than
     *                         the one the service configures
     */
    static List<String> command(SuiteService service, int port, Map<String, String> backendOverrides) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(imageJvmFlags(service));
        command.add("-Dquarkus.profile=dev");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        backendOverrides.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(service.runnableJar().toString());
        return command;
    }

    /**
     * The JVM flags the service's image runs with, so a local run behaves as the deployed one does: the packaged
     * {@code target/service-jvm.options} file when the build writes one, else the heap and GC flags ({@code -X...})
     * of its Dockerfile.jvm's {@code JAVA_OPTS_APPEND} (system properties there, e.g. the container's host, are not
     * taken).
     */
    static List<String> imageJvmFlags(SuiteService service) {
        Path optionsFile = service.directory().resolve("target/service-jvm.options");
        if (Files.isRegularFile(optionsFile)) {
            return List.of("@" + optionsFile);
        }
        Path dockerfile = service.directory().resolve("src/main/docker/Dockerfile.jvm");
        if (!Files.isRegularFile(dockerfile)) {
            return List.of();
        }
        try {
            Matcher matcher = JAVA_OPTS.matcher(Files.readString(dockerfile));
            if (!matcher.find()) {
                return List.of();
            }
            return Arrays.stream(matcher.group(1).trim().split("\\s+"))
                    .filter(flag -> flag.startsWith("-X"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dockerfile, e);
        }
    }
}
