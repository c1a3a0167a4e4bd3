package io.cloudsuite.platform;

import java.util.Map;

/** Every variable has a type and a description; every output has a description. */
final class DeclarationRule {

    private DeclarationRule() {}

    static Findings check(Hcl.TfFile file) {
        Findings findings = new Findings();
        Hcl.blocks(file.body(), "variable").forEach((name, block) -> {
            findings.checked();
            Map<String, Object> variable = Hcl.asMap(block);
            if (!variable.containsKey("type")) {
                findings.violation(file.name(), "variable \"" + name + "\" has no type");
            }
            if (!hasText(variable.get("description"))) {
                findings.violation(file.name(), "variable \"" + name + "\" has no description");
            }
        });
        Hcl.blocks(file.body(), "output").forEach((name, block) -> {
            findings.checked();
            if (!hasText(Hcl.asMap(block).get("description"))) {
                findings.violation(file.name(), "output \"" + name + "\" has no description");
            }
        });
        return findings;
    }

    private static boolean hasText(Object value) {
        return value instanceof String s && !s.isBlank();
    }
}
