package io.cloudsuite.loadtests.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code load-tests/simulations.tsv}: a service's simulation and its parameters for each kind of run.
 * The post-deploy workflow reads the same file.
 *
 * @param service         the module name, e.g. {@code bullets-service}
 * @param simulationClass the Gatling simulation
 * @param smoke           {@code load.*} parameters of the smoke run, without the {@code load.} prefix
 * @param smokeService    extra configuration of the service under the smoke run
 */
record SimulationPlan(
        String service, String simulationClass, Map<String, String> smoke, Map<String, String> smokeService) {

    private static final int SERVICE = 0;
    private static final int SIMULATION = 1;
    private static final int SMOKE = 2;
    private static final int SMOKE_SERVICE = 5;
    private static final int COLUMNS = 6;

    static List<SimulationPlan> read(Path tsv) {
        try {
            return Files.readAllLines(tsv).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("service\t"))
                    .map(line -> parse(tsv, line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
    }

    private static SimulationPlan parse(Path tsv, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != COLUMNS) {
            throw new IllegalStateException(tsv + ": expected " + COLUMNS + " tab-separated columns in: " + line);
        }
        return new SimulationPlan(
                columns[SERVICE], columns[SIMULATION], parameters(columns[SMOKE]), parameters(columns[SMOKE_SERVICE]));
    }

    /** {@code "rate=20 duration=4"} or {@code "-"} for none. */
    static Map<String, String> parameters(String column) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (column.isBlank() || column.strip().equals("-")) {
            return parameters;
        }
        Arrays.stream(column.strip().split("\\s+")).forEach(pair -> {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("expected key=value, got '" + pair + "'");
            }
            parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        });
        return parameters;
    }
}
