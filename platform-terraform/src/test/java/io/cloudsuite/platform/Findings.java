package io.cloudsuite.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * What one rule saw: how many items it checked (so a test can tell "all good" from "found nothing to
 * check") and the violations, each naming the file and the item.
 */
final class Findings {

    private int checked;
    private final List<String> violations = new ArrayList<>();

    void checked() {
        checked++;
    }

    void violation(String file, String message) {
        violations.add(file + ": " + message);
    }

    int checkedCount() {
        return checked;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    Findings addAll(Findings other) {
        checked += other.checked;
        violations.addAll(other.violations);
        return this;
    }

    @Override
    public String toString() {
        return violations.isEmpty() ? "no violations" : String.join("\n", violations);
    }
}
