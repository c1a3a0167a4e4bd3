package io.cloudsuite.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import io.cloudsuite.backends.suite.SuiteModules;

/**
 * Each service's stack deploys that service where it answers: the `service` module call in
 * platform-terraform/stacks/&lt;service&gt;/main.tf names the service of its folder, and its container_port and
 * liveness_path are the ones the service's configuration gives in production (QuarkusHttpEndpoint). The stacks
 * keep them as literals so a reader sees them; this keeps the literals true when a service moves its port or
 * health path.
 */
final class StackEndpointRule {

    private StackEndpointRule() {}

    static Findings check(Path repoRoot) {
        Findings findings = new Findings();
        for (String service : SuiteModules.serviceNames(repoRoot.resolve("pom.xml"))) {
            Path mainTf = repoRoot.resolve("platform-terraform/stacks")
                    .resolve(service)
                    .resolve("main.tf");
            String where = repoRoot.relativize(mainTf).toString();
            if (!Files.isRegularFile(mainTf)) {
                findings.violation(where, "missing: every service of the root pom has a stack");
                continue;
            }
            Map<String, Object> call = Hcl.asMap(
                    Hcl.blocks(Hcl.parse(repoRoot, mainTf).body(), "module").get("service"));
            QuarkusHttpEndpoint endpoint = QuarkusHttpEndpoint.ofSuiteService(repoRoot, service);
            expect(findings, where, "service", service, call.get("service"));
            expect(findings, where, "container_port", endpoint.httpPort(), call.get("container_port"));
            expect(findings, where, "liveness_path", endpoint.livenessPath(), call.get("liveness_path"));
        }
        return findings;
    }

    private static void expect(Findings findings, String where, String argument, Object expected, Object actual) {
        findings.checked();
        Object literal = actual instanceof Double number && number == Math.rint(number) ? number.intValue() : actual;
        if (!Objects.equals(expected, literal)) {
            findings.violation(
                    where,
                    "module \"service\" sets " + argument + " = " + literal + ", but the service's configuration says "
                            + expected);
        }
    }
}
