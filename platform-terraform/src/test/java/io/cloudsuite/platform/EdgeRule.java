package io.cloudsuite.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The edge (issue 21, "Edge"): operator endpoints are not reachable from the internet, and the load balancer logs
 * its requests. In the files of the load balancer's module:
 * <ul>
 * <li>a listener rule answers every one of {@link #INTERNAL_PATHS} itself (fixed-response), at a priority before
 * any service's host rule (those start at {@link #FIRST_SERVICE_PRIORITY}), with the patterns either literal or
 * the default of var.internal_path_patterns;</li>
 * <li>every aws_lb has access_logs enabled.</li>
 * </ul>
 */
final class EdgeRule {

    static final Set<String> INTERNAL_PATHS = Set.of("/q/metrics*", "/q/openapi*", "/q/swagger-ui*", "/metrics*");
    static final int FIRST_SERVICE_PRIORITY = 100;

    private EdgeRule() {
    }

    static Findings check(List<Hcl.TfFile> files) {
        Findings findings = new Findings();
        List<Object> defaults = List.of();
        for (Hcl.TfFile file : files) {
            Object variable = Hcl.blocks(file.body(), "variable").get("internal_path_patterns");
            if (variable != null) {
                defaults = Hcl.asList(Hcl.asMap(variable).get("default"));
            }
        }
        boolean hidden = false;
        for (Hcl.TfFile file : files) {
            for (Object block : Hcl.blocks(file.body(), "resource", "aws_lb_listener_rule").values()) {
                Map<String, Object> rule = Hcl.asMap(block);
                Map<String, Object> action = Hcl.asMap(Hcl.asList(rule.get("action")).stream().findFirst().orElse(null));
                Map<String, Object> condition = Hcl.asMap(Hcl.asList(rule.get("condition")).stream().findFirst().orElse(null));
                Object values = Hcl.asMap(condition.get("path_pattern")).get("values");
                List<Object> patterns = "var.internal_path_patterns".equals(String.valueOf(values)) ? defaults : Hcl.asList(values);
                Set<String> covered = new TreeSet<>();
                patterns.forEach(p -> covered.add(String.valueOf(p)));
                if ("fixed-response".equals(action.get("type")) && covered.containsAll(INTERNAL_PATHS)
                        && rule.get("priority") instanceof Number priority && priority.intValue() < FIRST_SERVICE_PRIORITY) {
                    hidden = true;
                }
            }
            Hcl.blocks(file.body(), "resource", "aws_lb").forEach((name, block) -> {
                findings.checked();
                Map<String, Object> logs = Hcl.asMap(Hcl.asList(Hcl.asMap(block).get("access_logs")).stream()
                        .findFirst().orElse(null));
                if (!Boolean.TRUE.equals(logs.get("enabled"))) {
                    findings.violation(file.name(), "aws_lb \"" + name + "\" has no enabled access_logs");
                }
            });
        }
        findings.checked();
        if (!hidden) {
            findings.violation("load balancer", "no listener rule before priority " + FIRST_SERVICE_PRIORITY
                    + " answers " + new TreeSet<>(INTERNAL_PATHS) + " with a fixed response: they reach the services");
        }
        return findings;
    }
}
