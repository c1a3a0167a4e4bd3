package io.cloudsuite.dynamodb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * The service's tables as described in {@code dynamodb/tables.json}, each under the name its configuration gives
 * (the table's {@code name_property}, else its {@code default_name}). Code asks for a table by its id.
 */
@ApplicationScoped
public class DynamoTables {

    private final Map<String, TableDescription> byId = new LinkedHashMap<>();
    private final Map<String, String> namesById = new LinkedHashMap<>();

    public DynamoTables(Config config) {
        for (TableDescription table : TableDescriptions.load()) {
            byId.put(table.id(), table);
            namesById.put(
                    table.id(),
                    config.getOptionalValue(table.nameProperty(), String.class).orElse(table.defaultName()));
        }
    }

    /** The configured name of the table with this id. */
    public String name(String id) {
        String name = namesById.get(id);
        if (name == null) {
            throw new IllegalArgumentException("no table with id " + id + " in " + TableDescriptions.RESOURCE
                    + "; described: " + namesById.keySet());
        }
        return name;
    }

    public List<TableDescription> descriptions() {
        return List.copyOf(byId.values());
    }

    /** The configured names of every described table. */
    public List<String> names() {
        return List.copyOf(namesById.values());
    }
}
