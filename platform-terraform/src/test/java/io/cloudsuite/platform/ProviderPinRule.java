package io.cloudsuite.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every configuration pins hashicorp/aws to 6.x from 6.37 on (issue 21, findings 3 and 9): with
 * wait_for_steady_state, 6.11 and later fail an apply whose deployment the circuit breaker rolled back (the
 * behaviour docs/deploy.md describes, and the reason the deploy role may call ecs:ListServiceDeployments and
 * DescribeServiceDeployments); global_secondary_index key_schema, which replaces the deprecated hash_key and
 * range_key, arrived in 6.29 and had defects fixed up to 6.37; a 7.x may change resources under the stacks.
 * Accepted: "~> 6.37" (or a later 6.x minor) or ">= 6.37, < 7.0".
 */
final class ProviderPinRule {

    static final int MINIMUM_MINOR = 37;
    private static final Pattern PESSIMISTIC = Pattern.compile("~>\\s*6\\.(\\d+)");
    private static final Pattern LOWER = Pattern.compile(">=\\s*6\\.(\\d+)(\\.\\d+)?");
    private static final Pattern UPPER = Pattern.compile("<\\s*7(\\.0)*(\\s|,|$)");

    private ProviderPinRule() {
    }

    static Findings check(Hcl.TfFile file) {
        Findings findings = new Findings();
        for (Object terraform : Hcl.asList(file.body().get("terraform"))) {
            for (Object providers : Hcl.asList(Hcl.asMap(terraform).get("required_providers"))) {
                Map<String, Object> aws = Hcl.asMap(Hcl.asMap(providers).get("aws"));
                if (aws.isEmpty()) {
                    continue;
                }
                findings.checked();
                String version = String.valueOf(aws.get("version")).strip();
                if (!accepted(version)) {
                    findings.violation(file.name(), "hashicorp/aws version \"" + version + "\" must be \"~> 6."
                            + MINIMUM_MINOR + "\" or \">= 6." + MINIMUM_MINOR + ", < 7.0\" (the steady-state and "
                            + "rollback behaviour the deploy relies on)");
                }
            }
        }
        return findings;
    }

    static boolean accepted(String version) {
        Matcher pessimistic = PESSIMISTIC.matcher(version);
        if (pessimistic.matches()) {
            return Integer.parseInt(pessimistic.group(1)) >= MINIMUM_MINOR;
        }
        Matcher lower = LOWER.matcher(version);
        return lower.find() && Integer.parseInt(lower.group(1)) >= MINIMUM_MINOR && UPPER.matcher(version).find();
    }
}
