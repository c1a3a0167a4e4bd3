package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageJvmFlagsRuleTest {

    private static final String BETA = "beta-service/src/main/docker/Dockerfile.jvm: ";

    @TempDir
    Path repo;

    @BeforeEach
    void servicesThatRunWithTheSharedFlags() {
        Fixtures.copy("repo/pom.xml.txt", repo.resolve("pom.xml"));
        for (String service : List.of("alpha-service", "beta-service")) {
            dockerfile(service, "docker/jvm-options.Dockerfile.txt");
            Fixtures.copy(
                    "docker/with-jvm-options.dockerignore.txt",
                    repo.resolve(service).resolve(".dockerignore"));
        }
    }

    @Test
    void acceptsImagesThatPassTheCopiedFileInJavaOpts() {
        Findings findings = ImageJvmFlagsRule.check(repo);
        assertEquals(List.of(), findings.violations());
        assertEquals(2, findings.checkedCount());
    }

    @Test
    void readsContinuedLinesTheJsonCopyFormAndAShellEntrypoint() {
        dockerfile("beta-service", "docker/jvm-options-continued.Dockerfile.txt");
        assertEquals(List.of(), ImageJvmFlagsRule.check(repo).violations());
    }

    @Test
    void acceptsAServiceWithoutDockerignore() {
        repo.resolve("beta-service/.dockerignore").toFile().delete();
        assertEquals(List.of(), ImageJvmFlagsRule.check(repo).violations());
    }

    @Test
    void reportsTheImageThatNeitherCopiesNorPassesTheFile() {
        dockerfile("beta-service", "docker/jvm-options-not-copied.Dockerfile.txt");
        assertViolations(List.of(
                BETA + "does not COPY target/service-jvm.options into /deployments/",
                BETA + "sets no JAVA_OPTS",
                BETA + "sets JAVA_OPTS_APPEND, which run-java.sh ignores"));
    }

    @Test
    void reportsTheFileAppendedToTheScriptsDefaults() {
        // run-java.sh would run java -XX:+UseParallelGC ... @/deployments/service-jvm.options: the JVM refuses two GCs.
        dockerfile("beta-service", "docker/jvm-options-appended.Dockerfile.txt");
        assertViolations(
                List.of(BETA + "sets no JAVA_OPTS", BETA + "sets JAVA_OPTS_APPEND, which run-java.sh ignores"));
    }

    @Test
    void reportsGcAndHeapFlagsBesideTheFile() {
        dockerfile("beta-service", "docker/jvm-options-own-gc.Dockerfile.txt");
        assertViolations(List.of(BETA + "JAVA_OPTS sets JVM flags of its own, -XX:+UseG1GC -Xmx512m:"));
    }

    @Test
    void reportsVariablesTheScriptIgnoresAndOnesTheJvmReadsItself() {
        dockerfile("beta-service", "docker/jvm-options-ignored-env.Dockerfile.txt");
        assertViolations(List.of(
                BETA + "sets GC_CONTAINER_OPTIONS, which run-java.sh ignores",
                BETA + "sets JAVA_MAX_MEM_RATIO, which run-java.sh ignores",
                BETA + "sets JAVA_TOOL_OPTIONS, which the JVM reads"));
    }

    @Test
    void reportsAnImageThatNeitherProvesNorUsesItsAppCdsArchive() {
        dockerfile("beta-service", "docker/jvm-options-app-cds-unverified.Dockerfile.txt");
        assertViolations(List.of(
                BETA + "JAVA_OPTS does not pass -XX:SharedArchiveFile=/deployments/app-cds.jsa",
                BETA + "does not write its AppCDS archive with the image's own JVM"));
    }

    @Test
    void reportsAnEntrypointThatDoesNotReadJavaOpts() {
        dockerfile("alpha-service", "docker/jvm-options-plain-java.Dockerfile.txt");
        assertViolations(List.of("alpha-service/src/main/docker/Dockerfile.jvm: ENTRYPOINT is not "
                + "/opt/jboss/container/java/run/run-java.sh"));
    }

    @Test
    void reportsADockerignoreThatLeavesTheFilesOut() {
        Fixtures.copy("docker/quarkus-app-only.dockerignore.txt", repo.resolve("alpha-service/.dockerignore"));
        assertViolations(List.of(
                "alpha-service/.dockerignore: leaves target/service-jvm.options out of the build context",
                "alpha-service/.dockerignore: leaves target/app-cds.sh out of the build context"));
    }

    @Test
    void reportsAServiceWithoutDockerfile() {
        repo.resolve("beta-service/src/main/docker/Dockerfile.jvm").toFile().delete();
        assertViolations(List.of(BETA + "missing"));
    }

    @Test
    void readsDockerignoreAsDockerDoes() {
        assertTrue(ImageJvmFlagsRule.excludes("*\n!target/quarkus-app/*\n", "target/service-jvm.options"));
        assertFalse(ImageJvmFlagsRule.excludes("*\n!target/quarkus-app/*\n", "target/quarkus-app/quarkus-run.jar"));
        assertFalse(ImageJvmFlagsRule.excludes("*\n!target/service-jvm.options\n", "target/service-jvm.options"));
        assertTrue(ImageJvmFlagsRule.excludes("!target/service-jvm.options\ntarget/\n", "target/service-jvm.options"));
        assertFalse(ImageJvmFlagsRule.excludes("# only comments\n", "target/service-jvm.options"));
    }

    @Test
    void readsBothEnvForms() {
        assertEquals(Map.of("A", "one two", "B", "3"), ImageJvmFlagsRule.envAssignments("A=\"one two\" B=3"));
        assertEquals(
                Map.of("JAVA_TOOL_OPTIONS", "-Xss512k -Xmx1g"),
                ImageJvmFlagsRule.envAssignments("JAVA_TOOL_OPTIONS -Xss512k -Xmx1g"));
    }

    private void assertViolations(List<String> expectedStarts) {
        List<String> violations = ImageJvmFlagsRule.check(repo).violations();
        assertEquals(expectedStarts.size(), violations.size(), violations.toString());
        for (int i = 0; i < expectedStarts.size(); i++) {
            assertTrue(violations.get(i).startsWith(expectedStarts.get(i)), violations.get(i));
        }
    }

    private void dockerfile(String service, String fixture) {
        Fixtures.copy(fixture, repo.resolve(service).resolve(ImageJvmFlagsRule.DOCKERFILE));
    }
}
