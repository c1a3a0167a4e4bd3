package io.cloudsuite.konnichiwa.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.runtime.configuration.ConfigurationException;

class ApiKeysTest {

    @Test
    void commaSeparatedKeysAreEachValid() {
        ApiKeys keys = new ApiKeys(" old-key-1234 ,new-key-5678,, ");

        assertEquals(2, keys.count());
        assertTrue(keys.accepts("old-key-1234"));
        assertTrue(keys.accepts("new-key-5678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "old-key-123", "old-key-12345", "OLD-KEY-1234", " old-key-1234", "old-key-1234,new-key-5678",
            "new-key-5678x"})
    void anythingElseIsRefused(String token) {
        ApiKeys keys = new ApiKeys("old-key-1234,new-key-5678");

        assertFalse(keys.accepts(token));
    }

    @Test
    void aRepeatedKeyCountsOnce() {
        assertEquals(1, new ApiKeys("same,same").count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ",", " , ,"})
    void noKeyRefusesToStartWithOneLineNamingTheVariable(String configured) {
        ConfigurationException refusal = assertThrows(ConfigurationException.class, () -> new ApiKeys(configured));

        assertTrue(refusal.getMessage().contains("KONNICHIWA_API_KEYS"), refusal.getMessage());
        assertFalse(refusal.getMessage().contains("\n"));
    }

    @Test
    void theKeysNeverShowInItsText() {
        ApiKeys keys = new ApiKeys("secret-key-one,secret-key-two");

        assertEquals("ApiKeys[2 key(s)]", keys.toString());
    }
}
