package io.cloudsuite.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cloudsuite.backends.suite.SuiteModules;
import io.cloudsuite.backends.suite.SuiteService;

/** The services a command acts on: every service of the root pom, or those named ({@code bullets} or {@code bullets-service}). */
final class SuiteSelection {

    private SuiteSelection() {}

    static List<SuiteService> all(SuiteHome home) {
        return SuiteModules.services(home.root());
    }

    static List<SuiteService> select(SuiteHome home, List<String> names) {
        List<SuiteService> all = all(home);
        if (names.isEmpty()) {
            return all;
        }
        List<SuiteService> chosen = new ArrayList<>();
        for (String name : names) {
            SuiteService service = find(all, name);
            if (!chosen.contains(service)) {
                chosen.add(service);
            }
        }
        return chosen;
    }

    static SuiteService find(List<SuiteService> all, String name) {
        return all.stream()
                .filter(service ->
                        service.name().equals(name) || service.shortName().equals(name))
                .findFirst()
                .orElseThrow(() -> new UsageException("no service named '" + name + "'; the root pom's services are: "
                        + all.stream().map(SuiteService::shortName).collect(Collectors.joining(", "))));
    }
}
