package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.suite.SuiteModules;

/**
 * The rules over the real tree. Each test first asserts no violations, then how much its rule saw, so that a
 * parse that silently finds nothing cannot pass as "no violations".
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
        assertTrue(findings.checkedCount() >= 100, "checked only " + findings.checkedCount() + " variables and outputs");
    }

    @Test
    void noIamStatementHasAWildcardAction() {
        Findings findings = onEveryFile(IamWildcardRule::check);
        assertEquals(List.of(), findings.violations(), findings.toString());
        assertTrue(findings.checkedCount() >= 100, "checked only " + findings.checkedCount() + " IAM actions");
    }

    @Test
    void everyConfigurationPinsTheAwsProviderFromSixEleven() {
        Findings findings = onEveryFile(ProviderPinRule::check);
        assertEquals(List.of(), findings.violations(), findings.toString());
        // bootstrap, six stacks, five modules.
        assertTrue(findings.checkedCount() >= 12, "checked only " + findings.checkedCount() + " provider pins");
    }

    @Test
    void theDeployRoleIsBoundToItsWorkflowAndCannotGrantItselfMore() {
        Findings bootstrap = DeployRoleRule.checkBootstrap(Layout.terraformDir().resolve("bootstrap"));
        Findings roles = DeployRoleRule.checkServiceRoles(files);
        assertEquals(List.of(), bootstrap.violations(), bootstrap.toString());
        assertEquals(List.of(), roles.violations(), roles.toString());
        assertTrue(bootstrap.checkedCount() >= 50, "checked only " + bootstrap.checkedCount() + " deploy role items");
        // The service module's task and execution roles.
        assertTrue(roles.checkedCount() >= 2, "checked only " + roles.checkedCount() + " roles");
        Findings taskActions = DeployRoleRule.checkTaskActionsWithinBoundary(
                Hcl.parseAll(Layout.terraformDir().resolve("bootstrap")), files);
        assertEquals(List.of(), taskActions.violations(), taskActions.toString());
        // stream-limiter's and people-info's table statements.
        assertTrue(taskActions.checkedCount() >= 6, "checked only " + taskActions.checkedCount() + " task actions");
    }

    @Test
    void everyLogGroupHasARetention() {
        Findings findings = onEveryFile(LogRetentionRule::check);
        assertEquals(List.of(), findings.violations(), findings.toString());
        assertTrue(findings.checkedCount() >= 1, "found no aws_cloudwatch_log_group to check");
    }

    @Test
    void everyServiceHasAStackThatMatchesItsConfiguration() {
        Findings findings = ServiceStackRule.check(Layout.repoRoot(), Layout.terraformDir());
        int services = SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertTrue(services >= 1, "the root pom lists no *-service module");
        assertEquals(List.of(), findings.violations(), findings.toString());
        // One per service of the pom, three (service, port, path) per service stack: all five stacks exist already.
        assertTrue(findings.checkedCount() >= services + 3 * 5, "checked only " + findings.checkedCount() + " items");
    }

    @Test
    void everyDynamoDbTableIsBuiltAsItsServiceDescribesIt() {
        Findings findings = DynamoDbTablesRule.check(Layout.repoRoot(), Layout.terraformDir());
        assertEquals(List.of(), findings.violations(), findings.toString());
        // One item per service of the pom without tables.json (mirror-clock, bullets at least): none may have tables.
        int services = SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertTrue(findings.checkedCount() >= services, "checked only " + findings.checkedCount() + " items");
    }

    @Test
    void theLoadBalancerHidesOperatorEndpointsAndLogsRequests() {
        Findings findings = EdgeRule.check(Hcl.parseAll(Layout.terraformDir().resolve("modules/cluster")));
        assertEquals(List.of(), findings.violations(), findings.toString());
        assertEquals(2, findings.checkedCount(), "one load balancer and the internal paths rule");
    }

    @Test
    void everyServiceHasKubernetesManifestsThatMatchItsConfiguration() {
        Findings findings = KubernetesManifestsRule.check(Layout.repoRoot());
        assertEquals(List.of(), findings.violations(), findings.toString());
        // One per service of the pom, eight per base: all five bases exist already.
        int services = SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertTrue(findings.checkedCount() >= services + 5 * 8, "checked only " + findings.checkedCount() + " items");
    }

    @Test
    void everyServiceGetsItsAlarmsAndDeploymentRollback() {
        Findings findings = ServiceAlarmsRule.check(Hcl.parseAll(Layout.terraformDir().resolve("modules/ecs-fargate-service")));
        assertEquals(List.of(), findings.violations(), findings.toString());
        assertEquals(5, findings.checkedCount(), "four required alarms and the one ECS service");
    }

    @Test
    void everyStackHasWhatCiDeploysWith() throws IOException {
        Findings findings = new Findings();
        try (Stream<Path> stacks = Files.list(Layout.terraformDir().resolve("stacks"))) {
            stacks.filter(Files::isDirectory).forEach(stack -> findings.addAll(DeployContractRule.check(stack)));
        }
        assertEquals(List.of(), findings.violations(), findings.toString());
        // Four env files in each of six stacks, three interface items in each of five service stacks.
        assertTrue(findings.checkedCount() >= 6 * 4 + 5 * 3, "checked only " + findings.checkedCount() + " items");
    }

    @Test
    void everyServiceUserCanWriteTmpInItsTask() {
        Findings images = WritableTmpRule.checkDockerfiles(Layout.repoRoot());
        Findings tasks = WritableTmpRule.checkTaskDefinitions(files);
        assertEquals(List.of(), images.violations(), images.toString());
        assertEquals(List.of(), tasks.violations(), tasks.toString());
        int services = SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertEquals(services, images.checkedCount(), "one Dockerfile.jvm per service of the root pom");
        assertTrue(tasks.checkedCount() >= 1, "found no container definition to check");
    }

    @Test
    void everyImageRunsWithTheSharedJvmFlags() {
        Findings findings = ImageJvmFlagsRule.check(Layout.repoRoot());
        assertEquals(List.of(), findings.violations(), findings.toString());
        int services = SuiteModules.serviceNames(Layout.repoRoot().resolve("pom.xml")).size();
        assertEquals(services, findings.checkedCount(), "one Dockerfile.jvm per service of the root pom");
    }

    @Test
    void ecsProbesLivenessNeverReadiness() {
        Findings findings = LivenessProbeRule.check(files);
        assertEquals(List.of(), findings.violations(), findings.toString());
        // The module's one container and its one target group.
        assertTrue(findings.checkedCount() >= 2, "checked only " + findings.checkedCount() + " probes");
    }

    private static Findings onEveryFile(Function<Hcl.TfFile, Findings> rule) {
        Findings all = new Findings();
        files.forEach(file -> all.addAll(rule.apply(file)));
        return all;
    }
}
