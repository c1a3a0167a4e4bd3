package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.suite.SuiteModules;

/**
 * The rules over the real tree that Terraform cannot check itself: declarations' types and descriptions, the
 * Kubernetes manifests, the stacks' service, port and liveness path, the Dockerfiles and the JVM options file (the
 * Terraform configuration is checked by Terraform: TerraformCheckTest). Each test first asserts no violations, then
 * how much its rule saw, so that a parse that silently finds nothing cannot pass as "no violations".
 */
class PlatformTerraformTest {

    private static List<Hcl.TfFile> files;

    @BeforeAll
    static void parseEveryTerraformFile() {
        files = Hcl.parseAll(Layout.terraformDir());
        assertTrue(files.size() >= 70, "expected the whole tree, parsed only " + files.size() + " .tf files");
    }

    @Test
    void everyVariableIsTypedAndDescribedAndEveryOutputDescribed() {
        Findings findings = onEveryFile(DeclarationRule::check);
        assertEquals(List.of(), findings.violations(), findings.toString());
        assertTrue(
                findings.checkedCount() >= 100, "checked only " + findings.checkedCount() + " variables and outputs");
    }

    @Test
    void everyServiceHasKubernetesManifestsThatMatchItsConfiguration() {
        Findings findings = KubernetesManifestsRule.check(Layout.repoRoot());
        assertEquals(List.of(), findings.violations(), findings.toString());
        // One per service of the pom, eight per base: all five bases exist already.
        int services =
                SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertTrue(findings.checkedCount() >= services + 5 * 8, "checked only " + findings.checkedCount() + " items");
    }

    @Test
    void everyServiceStackDeploysItsServiceOnItsPortAndLivenessPath() {
        Findings findings = StackEndpointRule.check(Layout.repoRoot());
        assertEquals(List.of(), findings.violations(), findings.toString());
        int services =
                SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertEquals(3 * services, findings.checkedCount(), "service, port and liveness path of every stack");
    }

    @Test
    void everyServiceUserCanWriteTmpInItsTask() {
        Findings images = WritableTmpRule.checkDockerfiles(Layout.repoRoot());
        assertEquals(List.of(), images.violations(), images.toString());
        int services =
                SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertEquals(services, images.checkedCount(), "one Dockerfile.jvm per service of the root pom");
    }

    @Test
    void everyImageRunsWithTheSharedJvmFlags() {
        Findings findings = ImageJvmFlagsRule.check(Layout.repoRoot());
        assertEquals(List.of(), findings.violations(), findings.toString());
        int services =
                SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertEquals(services, findings.checkedCount(), "one Dockerfile.jvm per service of the root pom");
    }

    private static Findings onEveryFile(Function<Hcl.TfFile, Findings> rule) {
        Findings all = new Findings();
        files.forEach(file -> all.addAll(rule.apply(file)));
        return all;
    }
}
