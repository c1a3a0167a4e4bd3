package io.cloudsuite.backends.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The services of the suite, read from the one list that says which exist: the root pom's {@code <modules>},
 * where every module named {@code *-service} is a service ({@link PomModules} reads it).
 */
public final class SuiteModules {

    private SuiteModules() {}

    public static List<SuiteService> services(Path root) {
        List<SuiteService> services = new ArrayList<>();
        for (String name : serviceNames(root.resolve("pom.xml"))) {
            services.add(SuiteService.inDirectory(root.resolve(name)));
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
}
