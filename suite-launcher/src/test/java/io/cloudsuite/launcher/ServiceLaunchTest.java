package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.suite.SuiteService;

/** A suite run uses the service's packaged jar and JVM flags, its port and the backends the suite uses. */
class ServiceLaunchTest {

    @TempDir
    Path dir;

    @BeforeEach
    void packaged() throws IOException {
        Files.createDirectories(dir.resolve("target/quarkus-app"));
        Files.writeString(dir.resolve("target/quarkus-app/quarkus-run.jar"), "");
        Files.writeString(dir.resolve("target/service-jvm.options"), "-Xmx160m\n");
    }

    @Test
    void runsTheJarInTheDevProfileWithThePackagedJvmFlagsOnItsPortsWithTheSuitesBackends() {
        List<String> command = ServiceLaunch.of(
                        service(),
                        41234,
                        41235,
                        Map.of(
                                LocalBackendKind.REDIS,
                                "redis://127.0.0.1:40000",
                                LocalBackendKind.DYNAMODB,
                                "http://127.0.0.1:40001"),
                        false)
                .command();
        assertEquals("@" + dir.resolve("target/service-jvm.options"), command.get(1));
        assertTrue(
                command.containsAll(List.of(
                        "-Dquarkus.profile=dev",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=41234",
                        "-Dquarkus.management.host=127.0.0.1",
                        "-Dquarkus.management.port=41235",
                        "-Dquarkus.redis.hosts=redis://127.0.0.1:40000")),
                command::toString);
        assertEquals(
                List.of(
                        "-jar",
                        dir.resolve("target/quarkus-app/quarkus-run.jar").toString()),
                command.subList(command.size() - 2, command.size()));
    }

    @Test
    void theProdProfileIsTheDeployedOneWithTheLocalClientSettingsOfEachBackend() {
        List<String> command = ServiceLaunch.of(
                        service(),
                        41234,
                        41235,
                        Map.of(
                                LocalBackendKind.REDIS,
                                "redis://127.0.0.1:40000",
                                LocalBackendKind.DYNAMODB,
                                "http://127.0.0.1:40001"),
                        true)
                .command();
        assertFalse(command.stream().anyMatch(arg -> arg.startsWith("-Dquarkus.profile")), command::toString);
        assertTrue(
                command.containsAll(List.of(
                        "-Dquarkus.dynamodb.endpoint-override=http://127.0.0.1:40001",
                        "-Dsuite.dynamodb.create-tables=true",
                        "-Dquarkus.dynamodb.aws.region=us-east-1")),
                command::toString);
    }

    @Test
    void theJarsAppCdsArchiveIsUsedWhenThePackagingWroteOne() throws IOException {
        Map<LocalBackendKind, String> backends = Map.of(
                LocalBackendKind.REDIS, "redis://127.0.0.1:40000", LocalBackendKind.DYNAMODB, "http://127.0.0.1:40001");
        List<String> without =
                ServiceLaunch.of(service(), 41234, 41235, backends, true).command();
        assertFalse(without.stream().anyMatch(arg -> arg.startsWith("-XX:SharedArchiveFile")), without::toString);

        Files.writeString(dir.resolve("target/quarkus-app/app-cds.jsa"), "");
        List<String> with =
                ServiceLaunch.of(service(), 41234, 41235, backends, true).command();
        assertEquals("@" + dir.resolve("target/service-jvm.options"), with.get(1));
        assertEquals("-XX:SharedArchiveFile=" + dir.resolve("target/quarkus-app/app-cds.jsa"), with.get(2));
    }

    @Test
    void aBackendWithoutAnAddressIsAnError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ServiceLaunch.of(
                                service(),
                                41234,
                                41235,
                                Map.of(LocalBackendKind.REDIS, "redis://127.0.0.1:40000"),
                                false)
                        .command());
    }

    private SuiteService service() {
        Properties configuration = new Properties();
        configuration.setProperty("quarkus.redis.hosts", "redis://127.0.0.1:6379");
        configuration.setProperty("quarkus.dynamodb.endpoint-override", "http://127.0.0.1:8000");
        return new SuiteService("alpha-service", dir, configuration);
    }
}
