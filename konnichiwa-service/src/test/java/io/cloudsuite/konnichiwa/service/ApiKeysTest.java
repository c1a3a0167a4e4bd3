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
    @ValueSource(
            strings = {
                "",
                "old-key-123",
                "old-key-12345",
                "OLD-KEY-1234",
                " old-key-1234",
                "old-key-1234,new-key-5678",
                "new-key-5678x"
            })
    void anythingElseIsRefused(String token) {
        ApiKeys keys = new ApiKeys("old-key-1234,new-key-5678");

        assertFalse(keys.accepts(token));
    }

    /** Issue 31, item 9: the prod jar accepted {@code ab} and the published development key. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "zq",
                "0123456789012345678901234567890",
                ApiKeys.DEVELOPMENT_KEY,
                "a-long-enough-production-key-0123456789,tiny7"
            })
    void productionRulesRefuseAShortKeyOrTheDevelopmentKeyWithoutShowingIt(String configured) {
        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> new ApiKeys(configured, true));

        assertEquals(ApiKeys.WEAK_KEY_MESSAGE, refused.getMessage());
        assertTrue(refused.getMessage().contains("KONNICHIWA_API_KEYS"));
        for (String key : configured.split(",")) {
            assertFalse(refused.getMessage().contains(key), "the message shows a key");
        }
    }

    @Test
    void productionRulesAcceptKeysOf32CharactersOrMore() {
        assertEquals(
                2, new ApiKeys("01234567890123456789012345678901,another-key-of-more-than-32-chars", true).count());
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
