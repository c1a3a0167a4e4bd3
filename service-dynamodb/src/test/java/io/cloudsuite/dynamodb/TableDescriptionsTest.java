package io.cloudsuite.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;

class TableDescriptionsTest {

    @Test
    void readsEveryFieldOfTheServicesDescription() {
        List<TableDescription> tables = TableDescriptions.load();

        assertEquals(
                List.of("things", "plain"),
                tables.stream().map(TableDescription::id).toList());
        TableDescription things = tables.get(0);
        assertEquals("fixture.dynamodb.things-table", things.nameProperty());
        assertEquals("fixture-things", things.defaultName());
        assertEquals(new TableDescription.KeyAttribute("owner", "S"), things.hashKey());
        assertEquals(new TableDescription.KeyAttribute("slot", "N"), things.rangeKey());
        assertEquals("by-colour", things.globalSecondaryIndexes().get(0).name());
        assertEquals("expires_at_epoch", things.ttlAttribute());
        assertEquals(List.of("dynamodb:DescribeTable", "dynamodb:PutItem"), things.actions());
        TableDescription plain = tables.get(1);
        assertTrue(plain.optionalRangeKey().isEmpty());
        assertTrue(plain.globalSecondaryIndexes().isEmpty());
        assertTrue(plain.optionalTtlAttribute().isEmpty());
    }

    @Test
    void anUnknownFieldIsRejectedRatherThanIgnored() {
        assertThrows(JsonMappingException.class, () -> read("""
                {"tables": [{"id": "t", "name_property": "p", "default_name": "tt", "hash_key": {"name": "k", "type": "S"},
                  "actions": [], "ttl": "typo"}]}"""));
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        assertThrows(JsonMappingException.class, () -> read("""
                {"tables": [{"id": "t", "name_property": "p", "default_name": "tt", "actions": []}]}"""));
    }

    @Test
    void aTableIdDescribedTwiceIsRejected() {
        String table = """
                {"id": "t", "name_property": "p", "default_name": "tt", "hash_key": {"name": "k", "type": "S"},
                 "actions": []}""";
        assertThrows(IllegalStateException.class, () -> read("{\"tables\": [" + table + "," + table + "]}"));
    }

    private static List<TableDescription> read(String json) throws IOException {
        return TableDescriptions.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
