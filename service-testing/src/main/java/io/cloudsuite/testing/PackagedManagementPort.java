package io.cloudsuite.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import io.cloudsuite.backends.FreePort;

/**
 * Gives the packaged jar a {@code @QuarkusIntegrationTest} starts a free management port of its own, chosen once per
 * test JVM before any test runs: in the prod profile it would listen on 9000, where builds side by side collide.
 * Quarkus passes the jar only its HTTP port, so the port goes in through {@code quarkus.test.arg-line}. Not 0 (a
 * random port): Quarkus tags the HTTP meters with the port of a server bound to a fixed one only, and a restarted jar
 * (fixed HTTP port) beside a random management port fails to register them (the start line is then never logged).
 */
public class PackagedManagementPort implements LauncherSessionListener {

    static final String PROPERTY = "suite.test.packaged-management-port";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PROPERTY) == null) {
            int port = FreePort.find();
            System.setProperty(PROPERTY, Integer.toString(port));
            String argLine = System.getProperty("quarkus.test.arg-line", "");
            System.setProperty("quarkus.test.arg-line", (argLine + " -Dquarkus.management.port=" + port).strip());
        }
    }

    /** The management port of the packaged jar the running {@code @QuarkusIntegrationTest} started. */
    static int port() {
        String port = System.getProperty(PROPERTY);
        if (port == null) {
            throw new IllegalStateException(PROPERTY + " is not set: is " + PackagedManagementPort.class.getName()
                    + " registered as a JUnit LauncherSessionListener?");
        }
        return Integer.parseInt(port);
    }
}
