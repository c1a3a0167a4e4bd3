package io.cloudsuite.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What CI relies on (docs/deploy.md): every stack has env/&lt;environment&gt;.tfvars and .s3.tfbackend for dev and
 * production; every service stack takes image_tag with no default and outputs service_url and ecr_repository_url.
 */
final class DeployContractRule {

    static final List<String> ENVIRONMENTS = List.of("dev", "production");

    private DeployContractRule() {
    }

    static Findings check(Path stack) {
        Findings findings = new Findings();
        String where = "stacks/" + stack.getFileName();
        for (String environment : ENVIRONMENTS) {
            for (String file : List.of(environment + ".tfvars", environment + ".s3.tfbackend")) {
                findings.checked();
                if (!Files.isRegularFile(stack.resolve("env").resolve(file))) {
                    findings.violation(where, "env/" + file + " is missing");
                }
            }
        }
        if (stack.getFileName().toString().endsWith("-service")) {
            checkServiceInterface(where, Hcl.parseAll(stack), findings);
        }
        return findings;
    }

    private static void checkServiceInterface(String where, List<Hcl.TfFile> files, Findings findings) {
        Map<String, Object> imageTag = null;
        boolean serviceUrl = false;
        boolean repositoryUrl = false;
        for (Hcl.TfFile file : files) {
            Map<String, Object> variables = Hcl.blocks(file.body(), "variable");
            if (variables.containsKey("image_tag")) {
                imageTag = Hcl.asMap(variables.get("image_tag"));
            }
            Map<String, Object> outputs = Hcl.blocks(file.body(), "output");
            serviceUrl |= outputs.containsKey("service_url");
            repositoryUrl |= outputs.containsKey("ecr_repository_url");
        }
        findings.checked();
        if (imageTag == null) {
            findings.violation(where, "no variable \"image_tag\" (CI applies with -var image_tag=<git sha>)");
        } else if (imageTag.containsKey("default")) {
            findings.violation(where, "variable \"image_tag\" has a default: every apply must name the image it deploys");
        }
        findings.checked();
        if (!serviceUrl) {
            findings.violation(where, "no output \"service_url\" (CI's smoke check calls it)");
        }
        findings.checked();
        if (!repositoryUrl) {
            findings.violation(where, "no output \"ecr_repository_url\" (CI pushes the image there)");
        }
    }
}
