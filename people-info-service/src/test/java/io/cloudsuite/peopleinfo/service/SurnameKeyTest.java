package io.cloudsuite.peopleinfo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SurnameKeyTest {

    @Test
    void caseSurroundingSpaceAndUnicodeCompositionDoNotMatter() {
        assertEquals("smith", SurnameKey.of("  SMITH "));
        assertEquals(SurnameKey.of("Mu\u0308ller"), SurnameKey.of("Müller"));
        assertEquals("istanbul", SurnameKey.of("ISTANBUL"), "the same on a Turkish-locale machine: Locale.ROOT");
    }

    @Test
    void differentSurnamesStayDifferent() {
        assertNotEquals(SurnameKey.of("Smith"), SurnameKey.of("Smyth"));
        assertNotEquals(SurnameKey.of("De Vries"), SurnameKey.of("Devries"));
    }
}
