package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The services of the suite, read from the one list that says which exist: the root pom's {@code <modules>},
 * where every module named {@code *-service} is a service ({@link PomModules} reads it).
 */
public final class SuiteModules {

    private SuiteModules() {
    }

    public static List<SuiteService> services(Path root) {
        List<SuiteService> services = new ArrayList<>();
        for (String name : serviceNames(root.resolve("pom.xml"))) {
            Path dir = root.resolve(name);
            services.add(new SuiteService(name, dir, configuration(dir)));
        }
        return services;
    }

    /** The modules of the given pom that are services. */
    public static List<String> serviceNames(Path pom) {
        return PomModules.services(pom);
    }

    /** The pom's own {@code <modules>}, not those of its profiles. */
    public static List<String> modules(Path pom) {
        return PomModules.modules(pom);
    }

    private static Properties configuration(Path serviceDir) {
        Properties properties = new Properties();
        Path file = serviceDir.resolve("src/main/resources/application.properties");
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }
}
