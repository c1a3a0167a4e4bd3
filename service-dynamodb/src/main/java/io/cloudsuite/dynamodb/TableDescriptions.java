package io.cloudsuite.dynamodb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a service's {@code dynamodb/tables.json}: the one place its tables are described. */
public final class TableDescriptions {

    /** Where every DynamoDB-backed service keeps its table description, on its classpath. */
    public static final String RESOURCE = "dynamodb/tables.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private TableDescriptions() {}

    /** The tables of the service on this classpath; none when it has no {@value #RESOURCE}. */
    public static List<TableDescription> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static List<TableDescription> read(InputStream json) throws IOException {
        List<TableDescription> tables = JSON.readValue(json, File.class).tables();
        long distinctIds = tables.stream().map(TableDescription::id).distinct().count();
        if (distinctIds != tables.size()) {
            throw new IllegalStateException(RESOURCE + " describes a table id twice");
        }
        return tables;
    }

    /** The file's top level. */
    private record File(
            @JsonProperty(value = "tables", required = true) List<TableDescription> tables) {}
}
