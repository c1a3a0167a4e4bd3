package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CI deploy role (bootstrap/) cannot be taken by any branch nor make itself admin (issue 21, findings 4, 5):
 * <ul>
 * <li>its trust policy (and every other *_trust document: the plan role's) matches the OIDC sub claim exactly (StringEquals) on subjects that name the environment,
 * the deploy workflow file and the deploy branch (":environment:", ":job_workflow_ref:", "@refs/heads/");</li>
 * <li>every Allow that creates a role or changes its policies or boundary requires iam:PermissionsBoundary, and
 * none may remove a boundary or rewrite a managed policy;</li>
 * <li>it writes (PutObject, DeleteObject) only the service stacks' states, never the platform's or the
 * bootstrap's;</li>
 * <li>every aws_iam_role outside bootstrap/ (the roles CI creates) sets permissions_boundary.</li>
 * </ul>
 */
final class DeployRoleRule {

    static final Set<String> NEEDS_BOUNDARY = Set.of("iam:CreateRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy",
            "iam:AttachRolePolicy", "iam:DetachRolePolicy", "iam:PutRolePermissionsBoundary");
    static final Set<String> FORBIDDEN = Set.of("iam:DeleteRolePermissionsBoundary", "iam:CreatePolicyVersion",
            "iam:SetDefaultPolicyVersion", "iam:DeletePolicyVersion", "iam:CreatePolicy");
    static final Set<String> STATE_WRITES = Set.of("s3:PutObject", "s3:DeleteObject");

    private DeployRoleRule() {
    }

    /** The deploy role's trust and permissions, from the bootstrap folder's files. */
    static Findings checkBootstrap(Path bootstrap) {
        Findings findings = new Findings();
        List<Hcl.TfFile> files = Hcl.parseAll(bootstrap);
        for (Hcl.TfFile file : files) {
            Map<String, Object> documents = Hcl.blocks(file.body(), "data", "aws_iam_policy_document");
            // The deploy role's trust and the plan role's (plan_role.tf).
            documents.forEach((name, document) -> {
                if (name.endsWith("_trust")) {
                    checkTrust(file, text(bootstrap.resolve(file.name())), Hcl.asMap(document), findings);
                }
            });
            if (documents.containsKey("deploy")) {
                checkPermissions(file, Hcl.asMap(documents.get("deploy")), findings);
            }
        }
        if (findings.checkedCount() == 0) {
            findings.violation("bootstrap", "no data.aws_iam_policy_document \"deploy_trust\" or \"deploy\" found");
        }
        return findings;
    }

    /**
     * Every action a service stack grants its task (module "service" task_role_statements) is one the service
     * permissions boundary (bootstrap's data.aws_iam_policy_document.service_boundary) allows: anything else would
     * be denied in AWS at run time, which no offline test of the service would notice.
     */
    static Findings checkTaskActionsWithinBoundary(List<Hcl.TfFile> bootstrapFiles, List<Hcl.TfFile> files) {
        Findings findings = new Findings();
        Set<String> allowed = new TreeSet<>();
        for (Hcl.TfFile file : bootstrapFiles) {
            Object boundary = Hcl.blocks(file.body(), "data", "aws_iam_policy_document").get("service_boundary");
            for (Object statement : Hcl.asList(Hcl.asMap(boundary).get("statement"))) {
                Hcl.asList(Hcl.asMap(statement).get("actions")).forEach(a -> allowed.add(String.valueOf(a)));
            }
        }
        if (allowed.isEmpty()) {
            findings.violation("bootstrap", "no data.aws_iam_policy_document \"service_boundary\" with actions");
            return findings;
        }
        for (Hcl.TfFile file : files) {
            for (Object module : Hcl.blocks(file.body(), "module").values()) {
                for (Object statement : Hcl.asList(Hcl.asMap(module).get("task_role_statements"))) {
                    for (Object action : Hcl.asList(Hcl.asMap(statement).get("actions"))) {
                        findings.checked();
                        if (!allowed.contains(String.valueOf(action))) {
                            findings.violation(file.name(), "task role action " + action + " is outside the service "
                                    + "permissions boundary (bootstrap/service_boundary.tf): AWS would deny it");
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** Every role CI creates (any aws_iam_role outside bootstrap/) carries a permissions boundary. */
    static Findings checkServiceRoles(List<Hcl.TfFile> files) {
        Findings findings = new Findings();
        for (Hcl.TfFile file : files) {
            if (file.name().startsWith("bootstrap/")) {
                continue;
            }
            Hcl.blocks(file.body(), "resource", "aws_iam_role").forEach((name, role) -> {
                findings.checked();
                if (!Hcl.asMap(role).containsKey("permissions_boundary")) {
                    findings.violation(file.name(), "aws_iam_role \"" + name + "\" has no permissions_boundary: the "
                            + "deploy role can create roles only with the service boundary");
                }
            });
        }
        return findings;
    }

    private static void checkTrust(Hcl.TfFile file, String source, Map<String, Object> trust, Findings findings) {
        findings.checked();
        boolean subjectCondition = false;
        for (Object statement : Hcl.asList(trust.get("statement"))) {
            for (Object condition : Hcl.asList(Hcl.asMap(statement).get("condition"))) {
                Map<String, Object> c = Hcl.asMap(condition);
                if (String.valueOf(c.get("variable")).endsWith(":sub")) {
                    subjectCondition = true;
                    if (!"StringEquals".equals(c.get("test"))) {
                        findings.violation(file.name(), "the OIDC sub condition must be StringEquals, not " + c.get("test")
                                + ": a pattern lets other branches or workflows match");
                    }
                }
            }
        }
        if (!subjectCondition) {
            findings.violation(file.name(), "the deploy role's trust policy has no OIDC sub condition");
        }
        for (String part : List.of(":environment:", ":job_workflow_ref:", "@refs/heads/")) {
            if (!source.contains(part)) {
                findings.violation(file.name(), "the OIDC subjects must contain \"" + part
                        + "\": environment, deploy workflow and branch together, or any branch can deploy");
            }
        }
    }

    private static void checkPermissions(Hcl.TfFile file, Map<String, Object> policy, Findings findings) {
        for (Object item : Hcl.asList(policy.get("statement"))) {
            Map<String, Object> statement = Hcl.asMap(item);
            if ("Deny".equals(statement.get("effect"))) {
                continue;
            }
            String sid = String.valueOf(statement.get("sid"));
            List<Object> actions = Hcl.asList(statement.get("actions"));
            for (Object action : actions) {
                findings.checked();
                if (FORBIDDEN.contains(action)) {
                    findings.violation(file.name(), "statement " + sid + " allows " + action
                            + ": it would let CI lift or rewrite the boundary");
                }
            }
            if (actions.stream().anyMatch(NEEDS_BOUNDARY::contains) && !requiresBoundary(statement)) {
                findings.violation(file.name(), "statement " + sid + " creates or changes roles without an "
                        + "iam:PermissionsBoundary condition: CI could give a role any permission and pass it to a task");
            }
            if (actions.stream().anyMatch(STATE_WRITES::contains)) {
                for (Object resource : Hcl.asList(statement.get("resources"))) {
                    if (!String.valueOf(resource).endsWith("-service/*")) {
                        findings.violation(file.name(), "statement " + sid + " writes state objects " + resource
                                + ": only the service stacks' states (<bucket>/*-service/*) are CI's");
                    }
                }
            }
        }
    }

    private static boolean requiresBoundary(Map<String, Object> statement) {
        for (Object condition : Hcl.asList(statement.get("condition"))) {
            Map<String, Object> c = Hcl.asMap(condition);
            if ("iam:PermissionsBoundary".equals(c.get("variable")) && "StringEquals".equals(c.get("test"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
