package io.cloudsuite.launcher;

import java.nio.file.Path;

/**
 * Where one suite keeps its state and logs, and how it picks ports.
 *
 * @param root      the repository root (the folder holding {@code ./suite} and the root pom)
 * @param directory the suite's own folder: the state file and one log per process; {@code target/suite} unless
 *                  {@code SUITE_STATE_DIR} names another (the end-to-end test runs its own suite there)
 * @param freePorts {@code SUITE_PORTS=free}: every service on a free port instead of its own, so a test suite runs
 *                  beside a developer's suite
 * @param prodProfile {@code SUITE_PROFILE=prod}: every service in the profile it deploys with instead of dev, pointed
 *                  at the suite's local backends (the benchmarks measure what runs in production); the dev keys of
 *                  the dev profile are then absent, so a service that needs a secret takes it from the environment
 */
record SuiteHome(Path root, Path directory, boolean freePorts, boolean prodProfile) {

    static SuiteHome fromEnvironment() {
        String rootProperty = System.getProperty("suite.root");
        if (rootProperty == null) {
            throw new IllegalStateException("suite.root is not set: run the launcher through ./suite");
        }
        Path root = Path.of(rootProperty).toAbsolutePath().normalize();
        String stateDir = System.getenv("SUITE_STATE_DIR");
        Path directory = stateDir == null || stateDir.isBlank()
                ? root.resolve("target").resolve("suite")
                : Path.of(stateDir).toAbsolutePath().normalize();
        String profile = System.getenv().getOrDefault("SUITE_PROFILE", "dev");
        if (!profile.equals("dev") && !profile.equals("prod")) {
            throw new IllegalStateException("SUITE_PROFILE is '" + profile + "': dev (the default) or prod");
        }
        return new SuiteHome(root, directory, "free".equals(System.getenv("SUITE_PORTS")), profile.equals("prod"));
    }

    Path stateFile() {
        return directory.resolve("state.properties");
    }

    Path lockFile() {
        return directory.resolve("lock");
    }

    Path log(String processName) {
        return directory.resolve("logs").resolve(processName + ".log");
    }
}
