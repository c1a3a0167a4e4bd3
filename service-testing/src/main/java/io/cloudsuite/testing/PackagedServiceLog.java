package io.cloudsuite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The log of the packaged service a {@code @QuarkusIntegrationTest} started: {@code target/quarkus.log}, JSON lines. */
public final class PackagedServiceLog {

    private static final Path LOG = Path.of("target/quarkus.log");

    private PackagedServiceLog() {}

    /** Every WARN or ERROR line logged while the service started (up to Quarkus' "started in" line). */
    public static List<String> startWarnings() {
        try {
            return Files.readAllLines(LOG).stream()
                    .takeWhile(
                            line -> !line.contains("\"loggerName\":\"io.quarkus\"") || !line.contains(" started in "))
                    .filter(line -> line.contains("\"level\":\"WARN\"") || line.contains("\"level\":\"ERROR\""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged service's log " + LOG.toAbsolutePath() + " is missing", e);
        }
    }
}
