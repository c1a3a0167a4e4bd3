package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableTmpRuleTest {

    @TempDir
    Path repo;

    @BeforeEach
    void servicesWithTmpVolumes() {
        Fixtures.copy("repo/pom.xml.txt", repo.resolve("pom.xml"));
        dockerfile("alpha-service", "docker/with-tmp-volume.Dockerfile.txt");
        dockerfile("beta-service", "docker/with-tmp-volume.Dockerfile.txt");
    }

    @Test
    void acceptsImagesThatDeclareTmpAVolume() {
        Findings findings = WritableTmpRule.checkDockerfiles(repo);
        assertEquals(List.of(), findings.violations());
        assertEquals(2, findings.checkedCount());
    }

    @Test
    void reportsAnImageWithoutTmpVolume() {
        dockerfile("beta-service", "docker/without-volume.Dockerfile.txt");
        assertOnlyViolation(
                WritableTmpRule.checkDockerfiles(repo),
                "beta-service/src/main/docker/Dockerfile.jvm: no VOLUME [\"/tmp\"]");
    }

    @Test
    void reportsVolumesElsewhereAndCommentedOutVolumes() {
        dockerfile("alpha-service", "docker/volume-elsewhere.Dockerfile.txt");
        dockerfile("beta-service", "docker/commented-volume.Dockerfile.txt");
        List<String> violations = WritableTmpRule.checkDockerfiles(repo).violations();
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.stream().allMatch(v -> v.contains("no VOLUME [\"/tmp\"]")), violations.toString());
    }

    @Test
    void reportsARootUser() {
        dockerfile("alpha-service", "docker/root-user.Dockerfile.txt");
        assertOnlyViolation(
                WritableTmpRule.checkDockerfiles(repo),
                "alpha-service/src/main/docker/Dockerfile.jvm: no non-root USER");
    }

    @Test
    void reportsAServiceWithoutDockerfile() {
        repo.resolve("beta-service/src/main/docker/Dockerfile.jvm").toFile().delete();
        assertOnlyViolation(
                WritableTmpRule.checkDockerfiles(repo), "beta-service/src/main/docker/Dockerfile.jvm: missing");
    }

    private static void assertOnlyViolation(Findings findings, String expectedStart) {
        List<String> violations = findings.violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }

    private void dockerfile(String service, String fixture) {
        Fixtures.copy(fixture, repo.resolve(service).resolve(WritableTmpRule.DOCKERFILE));
    }
}
