package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.backends.suite.SuiteModules;

/**
 * A DynamoDB-backed service's tables are described once, in &lt;service&gt;/src/main/resources/dynamodb/tables.json
 * (the shared code creates them from it in dev and tests), and its stack must build exactly those tables for
 * production. For every service of the root pom with a tables.json, each table's aws_dynamodb_table.&lt;id&gt; in
 * stacks/&lt;service&gt; must match it: hash and range key, attribute types, global secondary indexes (key_schema
 * blocks, not the deprecated hash_key/range_key, and projection), TTL attribute; the task gets the environment
 * variable form of name_property set to the table's name; and the task role's statements grant exactly the
 * listed actions on the table ARN (and on "&lt;arn&gt;/index/*" when it has indexes), and no DynamoDB action on
 * anything else; the module's dynamodb_table_names names it (its alarms). A stack of a listed service with an aws_dynamodb_table but no tables.json fails too. Services
 * not (yet) in the pom's module list are skipped.
 */
final class DynamoDbTablesRule {

    static final String TABLES = "src/main/resources/dynamodb/tables.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TABLE_ARN = Pattern.compile("aws_dynamodb_table\\.([A-Za-z0-9_-]+)\\.arn(/index/\\*)?");

    private DynamoDbTablesRule() {
    }

    static Findings check(Path repoRoot, Path terraformDir) {
        Findings findings = new Findings();
        for (String service : SuiteModules.serviceNames(repoRoot.resolve("pom.xml"))) {
            Path stack = terraformDir.resolve("stacks").resolve(service);
            if (!Files.isDirectory(stack)) {
                continue; // ServiceStackRule reports the missing stack.
            }
            Path tablesFile = repoRoot.resolve(service).resolve(TABLES);
            List<Hcl.TfFile> files = Hcl.parseAll(stack);
            Map<String, Object> locals = locals(files);
            Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
            files.forEach(file -> Hcl.blocks(file.body(), "resource", "aws_dynamodb_table")
                    .forEach((id, block) -> resources.put(id, Hcl.asMap(block))));
            String where = "stacks/" + service;
            if (!Files.isRegularFile(tablesFile)) {
                findings.checked();
                if (!resources.isEmpty()) {
                    findings.violation(where, "aws_dynamodb_table " + resources.keySet() + " but " + service + "/"
                            + TABLES + " does not exist: describe the tables there, once");
                }
                continue;
            }
            List<JsonNode> tables = new ArrayList<>();
            read(tablesFile).path("tables").forEach(tables::add);
            Map<String, Object> module = serviceModule(files);
            Set<String> described = new TreeSet<>();
            for (JsonNode table : tables) {
                String id = table.path("id").asText();
                described.add(id);
                Map<String, Object> resource = resources.get(id);
                findings.checked();
                if (resource == null) {
                    findings.violation(where, "no aws_dynamodb_table." + id + " for table \"" + id + "\" of " + service
                            + "/" + TABLES);
                    continue;
                }
                compareKeys(where, id, table, resource, locals, findings);
                compareTtl(where, id, table, resource, findings);
                compareEnvironment(where, id, table, module, findings);
                compareAlarms(where, id, module, findings);
            }
            for (String id : resources.keySet()) {
                if (!described.contains(id)) {
                    findings.violation(where, "aws_dynamodb_table." + id + " is not a table of " + service + "/" + TABLES);
                }
            }
            comparePermissions(where, tables, module, findings);
        }
        return findings;
    }

    /** Quarkus' environment variable form of a configuration key. */
    static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static void compareKeys(String where, String id, JsonNode table, Map<String, Object> resource,
            Map<String, Object> locals, Findings findings) {
        String what = "aws_dynamodb_table." + id;
        Map<String, String> attributes = new HashMap<>();
        for (Object attribute : Hcl.asList(resource.get("attribute"))) {
            Map<String, Object> a = Hcl.asMap(attribute);
            attributes.put(String.valueOf(a.get("name")), String.valueOf(a.get("type")));
        }
        Map<String, String> keyAttributes = new HashMap<>();
        findings.checked();
        expectKey(where, what, "hash_key", table.path("hash_key"), resource.get("hash_key"), findings, keyAttributes);
        expectKey(where, what, "range_key", table.path("range_key"), resource.get("range_key"), findings, keyAttributes);

        Map<String, Map<String, Object>> indexes = new LinkedHashMap<>();
        for (Object index : Hcl.asList(resource.get("global_secondary_index"))) {
            Map<String, Object> i = Hcl.asMap(index);
            indexes.put(String.valueOf(resolve(i.get("name"), locals)), i);
        }
        Set<String> expectedIndexes = new TreeSet<>();
        for (JsonNode gsi : table.path("global_secondary_indexes")) {
            String name = gsi.path("name").asText();
            expectedIndexes.add(name);
            findings.checked();
            Map<String, Object> index = indexes.get(name);
            if (index == null) {
                findings.violation(where, what + " has no global_secondary_index \"" + name + "\"");
                continue;
            }
            String indexWhat = what + " index " + name;
            if (index.containsKey("hash_key") || index.containsKey("range_key")) {
                findings.violation(where, indexWhat + " uses the deprecated hash_key/range_key: write key_schema blocks");
            }
            Map<String, String> schema = new HashMap<>();
            for (Object key : Hcl.asList(index.get("key_schema"))) {
                Map<String, Object> k = Hcl.asMap(key);
                schema.put(String.valueOf(k.get("key_type")), String.valueOf(k.get("attribute_name")));
            }
            expectKey(where, indexWhat, "HASH key", gsi.path("hash_key"), schema.get("HASH"), findings, keyAttributes);
            expectKey(where, indexWhat, "RANGE key", gsi.path("range_key"), schema.get("RANGE"), findings, keyAttributes);
            String projection = gsi.path("projection").asText("ALL");
            if (!projection.equals(String.valueOf(index.get("projection_type")))) {
                findings.violation(where, indexWhat + " projection_type " + index.get("projection_type") + ", expected "
                        + projection);
            }
        }
        for (Map.Entry<String, Map<String, Object>> index : indexes.entrySet()) {
            if (!expectedIndexes.contains(index.getKey())) {
                findings.violation(where, what + " index " + index.getKey() + " is not in tables.json");
            }
            if (index.getValue().containsKey("hash_key") && !expectedIndexes.contains(index.getKey())) {
                findings.violation(where, what + " index " + index.getKey()
                        + " uses the deprecated hash_key/range_key: write key_schema blocks");
            }
        }
        keyAttributes.forEach((name, type) -> {
            if (!type.equals(attributes.get(name))) {
                findings.violation(where, what + " attribute \"" + name + "\" must be declared with type " + type
                        + (attributes.containsKey(name) ? ", not " + attributes.get(name) : ""));
            }
        });
        attributes.keySet().stream().filter(name -> !keyAttributes.containsKey(name)).sorted().forEach(name ->
                findings.violation(where, what + " declares attribute \"" + name + "\", which is no key of the table "
                        + "or its indexes"));
    }

    private static void expectKey(String where, String what, String key, JsonNode expected, Object actual,
            Findings findings, Map<String, String> keyAttributes) {
        String expectedName = expected.isMissingNode() || expected.isNull() ? null : expected.path("name").asText();
        String actualName = actual == null ? null : String.valueOf(actual);
        if (expectedName == null) {
            if (actualName != null) {
                findings.violation(where, what + " has " + key + " " + actualName + ", tables.json has none");
            }
            return;
        }
        keyAttributes.put(expectedName, expected.path("type").asText());
        if (!expectedName.equals(actualName)) {
            findings.violation(where, what + " " + key + " " + actualName + ", expected " + expectedName);
        }
    }

    private static void compareTtl(String where, String id, JsonNode table, Map<String, Object> resource,
            Findings findings) {
        findings.checked();
        String expected = table.hasNonNull("ttl_attribute") ? table.path("ttl_attribute").asText() : null;
        Map<String, Object> ttl = Hcl.asMap(Hcl.asList(resource.get("ttl")).stream().findFirst().orElse(null));
        boolean enabled = Boolean.TRUE.equals(ttl.get("enabled"));
        String actual = enabled ? String.valueOf(ttl.get("attribute_name")) : null;
        if (expected == null ? actual != null : !expected.equals(actual)) {
            findings.violation(where, "aws_dynamodb_table." + id + " TTL " + (actual == null ? "off" : "on " + actual)
                    + ", expected " + (expected == null ? "off" : "enabled on " + expected));
        }
    }

    private static void compareEnvironment(String where, String id, JsonNode table, Map<String, Object> module,
            Findings findings) {
        findings.checked();
        String variable = environmentVariable(table.path("name_property").asText());
        Object value = Hcl.asMap(module.get("environment")).get(variable);
        String expected = "aws_dynamodb_table." + id + ".name";
        if (value == null) {
            findings.violation(where, "the task gets no " + variable + " (" + table.path("name_property").asText()
                    + "): set it to " + expected);
        } else if (!expected.equals(String.valueOf(value))) {
            findings.violation(where, "the task's " + variable + " is " + value + ", expected " + expected);
        }
    }

    /** Throttle and system-error alarms come from the service module, per name in dynamodb_table_names. */
    private static void compareAlarms(String where, String id, Map<String, Object> module, Findings findings) {
        findings.checked();
        String expected = "aws_dynamodb_table." + id + ".name";
        boolean listed = Hcl.asList(module.get("dynamodb_table_names")).stream().map(String::valueOf)
                .anyMatch(expected::equals);
        if (!listed) {
            findings.violation(where, "module \"service\" dynamodb_table_names lacks " + expected
                    + ": the table would have no throttle and system-error alarms");
        }
    }

    private static void comparePermissions(String where, List<JsonNode> tables, Map<String, Object> module,
            Findings findings) {
        Map<String, Set<String>> onTable = new HashMap<>();
        Map<String, Set<String>> onIndexes = new HashMap<>();
        for (Object item : Hcl.asList(module.get("task_role_statements"))) {
            Map<String, Object> statement = Hcl.asMap(item);
            List<String> actions = Hcl.asList(statement.get("actions")).stream().map(String::valueOf)
                    .filter(a -> a.startsWith("dynamodb:")).toList();
            if (actions.isEmpty()) {
                continue;
            }
            for (Object resource : Hcl.asList(statement.get("resources"))) {
                Matcher arn = TABLE_ARN.matcher(String.valueOf(resource));
                if (!arn.matches()) {
                    findings.violation(where, "statement " + statement.get("sid") + " grants " + actions + " on "
                            + resource + ": DynamoDB actions only on aws_dynamodb_table.<id>.arn (and its /index/*)");
                    continue;
                }
                (arn.group(2) == null ? onTable : onIndexes).computeIfAbsent(arn.group(1), k -> new TreeSet<>())
                        .addAll(actions);
            }
        }
        Set<String> described = new TreeSet<>();
        for (JsonNode table : tables) {
            String id = table.path("id").asText();
            described.add(id);
            Set<String> expected = new TreeSet<>();
            table.path("actions").forEach(a -> expected.add(a.asText()));
            boolean hasIndexes = table.path("global_secondary_indexes").size() > 0;
            findings.checked();
            Set<String> granted = onTable.getOrDefault(id, Set.of());
            if (!granted.equals(expected)) {
                findings.violation(where, "the task role grants " + granted + " on aws_dynamodb_table." + id
                        + ".arn, tables.json lists " + expected);
            }
            Set<String> grantedOnIndexes = onIndexes.getOrDefault(id, Set.of());
            if (hasIndexes && !grantedOnIndexes.equals(expected)) {
                findings.violation(where, "the task role grants " + grantedOnIndexes + " on aws_dynamodb_table." + id
                        + ".arn/index/*, tables.json lists " + expected + " for the table and its indexes");
            } else if (!hasIndexes && !grantedOnIndexes.isEmpty()) {
                findings.violation(where, "the task role grants " + grantedOnIndexes + " on aws_dynamodb_table." + id
                        + ".arn/index/*, but the table has no index");
            }
        }
        for (String id : new TreeSet<>(onTable.keySet())) {
            if (!described.contains(id)) {
                findings.violation(where, "the task role grants DynamoDB actions on aws_dynamodb_table." + id
                        + ", which is no table of tables.json");
            }
        }
    }

    private static Map<String, Object> serviceModule(List<Hcl.TfFile> files) {
        for (Hcl.TfFile file : files) {
            for (Object module : Hcl.blocks(file.body(), "module").values()) {
                Map<String, Object> m = Hcl.asMap(module);
                if (m.get("source") instanceof String s && s.endsWith(ServiceStackRule.SERVICE_MODULE)) {
                    return m;
                }
            }
        }
        return Map.of();
    }

    /** The stack's locals, across its files (hcl4j resolves a local only within the file that defines it). */
    private static Map<String, Object> locals(List<Hcl.TfFile> files) {
        Map<String, Object> locals = new HashMap<>();
        for (Hcl.TfFile file : files) {
            for (Object block : Hcl.asList(file.body().get("locals"))) {
                locals.putAll(Hcl.asMap(block));
            }
        }
        return locals;
    }

    private static Object resolve(Object value, Map<String, Object> locals) {
        String text = String.valueOf(value);
        return text.startsWith("local.") && locals.containsKey(text.substring(6)) ? locals.get(text.substring(6)) : value;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
