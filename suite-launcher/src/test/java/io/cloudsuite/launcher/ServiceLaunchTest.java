package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudsuite.backends.suite.SuiteService;

/** A local run uses the service's dev profile, its own port, the backends the suite runs and its image's JVM flags. */
class ServiceLaunchTest {

    @Test
    void takesTheImagesHeapAndGcFlagsButNotItsSystemProperties(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src/main/docker"));
        Files.writeString(dir.resolve("src/main/docker/Dockerfile.jvm"), """
                FROM registry.access.redhat.com/ubi9/openjdk-17:1.21
                ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -XX:MaxRAMPercentage=75 -Xss512k"
                """);
        assertEquals(List.of("-XX:MaxRAMPercentage=75", "-Xss512k"), ServiceLaunch.imageJvmFlags(service(dir)));
    }

    @Test
    void prefersThePackagedJvmOptionsFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/service-jvm.options"), "-Xmx160m\n");
        assertEquals(List.of("@" + dir.resolve("target/service-jvm.options")), ServiceLaunch.imageJvmFlags(service(dir)));
    }

    @Test
    void runsTheJarInTheDevProfileOnItsPortWithTheSuitesBackends(@TempDir Path dir) {
        List<String> command = ServiceLaunch.command(service(dir), 41234,
                Map.of("quarkus.redis.hosts", "redis://127.0.0.1:40000"));
        assertTrue(command.containsAll(List.of("-Dquarkus.profile=dev", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=41234", "-Dquarkus.redis.hosts=redis://127.0.0.1:40000")), command::toString);
        assertEquals(List.of("-jar", dir.resolve("target/quarkus-app/quarkus-run.jar").toString()),
                command.subList(command.size() - 2, command.size()));
    }

    private static SuiteService service(Path dir) {
        return new SuiteService("alpha-service", dir, new Properties());
    }
}
