package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.bertramlabs.plugins.hcl4j.HCLParser;

/**
 * Reads Terraform files with hcl4j and walks what it returns: blocks are maps, repeated blocks are lists of
 * maps, literals are String/Double/Boolean, references are hcl4j symbols. hcl4j is lenient (it accepts
 * broken syntax), which is why `terraform fmt -check` runs beside these checks.
 */
final class Hcl {

    private Hcl() {}

    /** One parsed file, named relative to the directory the checks started from. */
    record TfFile(String name, Map<String, Object> body) {}

    static TfFile parse(String name, String text) {
        try {
            return new TfFile(name, new HCLParser().parse(text));
        } catch (Exception e) {
            throw new IllegalStateException(name + ": hcl4j cannot parse it: " + e.getMessage(), e);
        }
    }

    static TfFile parse(Path base, Path file) {
        try {
            return parse(base.relativize(file).toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .tf file under dir, skipping Terraform's caches, Maven's output and this module's sources. */
    static List<TfFile> parseAll(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(".tf") && Files.isRegularFile(p))
                    .filter(p -> !isSkipped(dir.relativize(p)))
                    .sorted()
                    .map(p -> parse(dir, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSkipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals(".terraform") || name.equals("target") || name.equals("src")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file's top-level blocks. hcl4j also leaves a top-level "jsonencode" entry holding a copy of the last
     * jsonencode argument; it is not Terraform and would count things twice, so it is left out.
     */
    static Map<String, Object> topLevel(TfFile file) {
        Map<String, Object> blocks = new LinkedHashMap<>(file.body());
        blocks.remove("jsonencode");
        return blocks;
    }

    /** The labelled blocks under a path of keys, e.g. ("resource", "aws_cloudwatch_log_group") or ("variable"). */
    static Map<String, Object> blocks(Map<String, Object> body, String... keys) {
        Object node = body;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Map.of();
            }
            node = map.get(key);
        }
        return asMap(node);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A block that appears once is a map, repeated it is a list of maps: both as a list. */
    static List<Object> asList(Object node) {
        if (node instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return node == null ? List.of() : List.of(node);
    }
}
