package io.cloudsuite.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import io.cloudsuite.backends.suite.SuiteModules;

/** The image of every service of the root pom's module list: the one loop the Dockerfile rules share. */
final class ServiceDockerfiles {

    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";

    /** One rule's check of one service's Dockerfile. */
    interface Check {
        /** @param where the Dockerfile's path relative to the repository, for findings */
        void check(String service, Path dockerfile, String where);
    }

    private ServiceDockerfiles() {}

    /** Runs the check on each service's Dockerfile; a service without one is a violation. */
    static void each(Path repoRoot, Findings findings, Check check) {
        for (String service : SuiteModules.serviceNames(repoRoot.resolve("pom.xml"))) {
            findings.checked();
            Path dockerfile = repoRoot.resolve(service).resolve(DOCKERFILE);
            String where = service + "/" + DOCKERFILE;
            if (!Files.isRegularFile(dockerfile)) {
                findings.violation(where, "missing: the deploy builds the service's image from it");
                continue;
            }
            check.check(service, dockerfile, where);
        }
    }
}
