package io.cloudsuite.backends.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The root pom's module list drives the launcher; every service it names must be runnable and documented. */
class SuiteModulesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final List<SuiteService> services = SuiteModules.services(ROOT);

    @Test
    void findsTheServicesOfTheRootPom() {
        Set<String> names = services.stream().map(SuiteService::name).collect(Collectors.toSet());
        assertTrue(names.contains("bullets-service"), names::toString);
        assertFalse(names.contains("service-commons"), "shared modules are not services");
        assertFalse(names.contains("local-backends"), "shared modules are not services");
    }

    @Test
    void everyServiceHasItsOwnLocalPort() {
        long distinctPorts =
                services.stream().map(SuiteService::localPort).distinct().count();
        assertEquals(services.size(), distinctPorts, "two services share a local port");
    }

    @Test
    void everyServiceIsInTheReadmeTableWithItsPortAndHasADocPage() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (SuiteService service : services) {
            assertTrue(
                    readme.contains("| " + service.name() + " | " + service.localPort() + " |"),
                    service.name() + " with port " + service.localPort() + " is missing from the README's table");
            String docPage = service.name().replaceFirst("-service$", "") + ".md";
            assertTrue(
                    Files.isRegularFile(ROOT.resolve("docs/services").resolve(docPage)),
                    "docs/services/" + docPage + " is missing");
        }
    }

    @Test
    void everyServiceHasLocalBackendsForDevModeButNotInItsPackage() throws IOException {
        for (SuiteService service : services) {
            String pom = pomWithoutWhitespace(service.directory());
            assertTrue(
                    pom.contains("<artifactId>local-backends</artifactId><optional>true</optional>"),
                    service.name() + " must declare local-backends as an optional dependency: dev mode needs it, "
                            + "the packaged service must not carry it");
        }
    }

    /**
     * The root pom's app-cds execution (jvm/app-cds.sh) runs in {@code package}, where Maven runs inherited
     * executions first: only a service that lists exec-maven-plugin after quarkus-maven-plugin has a jar to archive.
     */
    @Test
    void everyServiceWritesItsAppCdsArchiveAfterItsQuarkusBuild() throws IOException {
        for (SuiteService service : services) {
            String pom = pomWithoutWhitespace(service.directory());
            int quarkus = pom.indexOf("<artifactId>quarkus-maven-plugin</artifactId>");
            int exec = pom.indexOf("<artifactId>exec-maven-plugin</artifactId>");
            assertTrue(
                    quarkus >= 0 && exec > quarkus,
                    service.name() + "/pom.xml must list exec-maven-plugin after quarkus-maven-plugin, as the other "
                            + "services do, so that its AppCDS archive is written from the jar the Quarkus build made");
        }
    }

    @Test
    void everyServiceShipsAContainerImageDefinition() {
        for (SuiteService service : services) {
            assertTrue(
                    Files.isRegularFile(service.directory().resolve("src/main/docker/Dockerfile.jvm")),
                    service.name() + " has no src/main/docker/Dockerfile.jvm");
            assertTrue(
                    Files.isRegularFile(service.directory().resolve(".dockerignore")),
                    service.name() + " has no .dockerignore");
        }
    }

    /**
     * A parallel build ({@code -T}) orders modules by their dependencies alone, so the modules that start the
     * packaged services (the suite's end-to-end test, the load tests' smoke run) name every service as one.
     */
    @Test
    void theModulesThatStartThePackagedServicesAreBuiltAfterEveryService() throws IOException {
        for (String module : List.of("suite-launcher", "load-tests")) {
            String pom = pomWithoutWhitespace(ROOT.resolve(module));
            for (SuiteService service : services) {
                assertTrue(
                        pom.contains("<artifactId>" + service.name()
                                + "</artifactId><version>${project.version}</version><type>pom</type>"),
                        module + "/pom.xml must list " + service.name()
                                + " in its after-the-services profile (a pom-type test dependency, as the others)");
            }
        }
    }

    /** A module's pom.xml with every blank removed, so a check reads elements whatever their indentation. */
    private static String pomWithoutWhitespace(Path module) throws IOException {
        return Files.readString(module.resolve("pom.xml")).replaceAll("\\s+", "");
    }
}
