package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.cloudsuite.backends.suite.SuiteService;

/**
 * Packages the chosen services whose runnable jar is missing or older than their own sources, with the Maven
 * wrapper ({@code -am}: the shared modules they depend on are built in the same reactor, never read from ~/.m2).
 */
final class ServiceBuild {

    private ServiceBuild() {}

    static void buildWhatIsMissing(SuiteHome home, List<SuiteService> services) {
        List<SuiteService> stale =
                services.stream().filter(ServiceBuild::needsPackaging).toList();
        if (stale.isEmpty()) {
            return;
        }
        String modules = stale.stream().map(SuiteService::name).collect(Collectors.joining(","));
        System.out.println("Packaging " + modules + " (missing or older than its sources) ...");
        List<String> command = new ArrayList<>(List.of(
                home.root().resolve("mvnw").toString(), "-B", "-q", "package", "-DskipTests", "-pl", modules, "-am"));
        try {
            Process build = new ProcessBuilder(command)
                    .directory(home.root().toFile())
                    .inheritIO()
                    .start();
            // A Ctrl-C in a terminal reaches the build too; a SIGTERM to the launcher alone must not orphan it.
            Thread stopBuild = new Thread(() -> stopTree(build.toHandle()), "suite-build-interrupted");
            Runtime.getRuntime().addShutdownHook(stopBuild);
            int exit = build.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopBuild);
            if (exit != 0) {
                throw new SuiteFailure("packaging " + modules + " failed (exit code " + exit + "); nothing started");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the Maven wrapper in " + home.root(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteFailure("interrupted while packaging " + modules + "; nothing started");
        }
    }

    private static void stopTree(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    static boolean needsPackaging(SuiteService service) {
        Path jar = service.runnableJar();
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            if (Files.getLastModifiedTime(service.directory().resolve("pom.xml"))
                            .compareTo(built)
                    > 0) {
                return true;
            }
            try (Stream<Path> sources = Files.walk(service.directory().resolve("src/main"))) {
                return sources.filter(Files::isRegularFile).anyMatch(file -> newerThan(file, built));
            }
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean newerThan(Path file, FileTime time) {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
