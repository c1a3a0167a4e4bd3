package io.cloudsuite.launcher;

import java.util.ArrayList;
import java.util.List;

/** Prints rows as aligned columns, the way {@code up} and {@code status} report. */
final class SuiteTable {

    private final List<String[]> rows = new ArrayList<>();

    SuiteTable(String... header) {
        rows.add(header);
    }

    SuiteTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            System.out.println(line.toString().stripTrailing());
        }
    }
}
