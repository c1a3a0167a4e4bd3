package io.cloudsuite.bullets.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.PackagedServiceLog;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The conventions on the packaged jar in the prod profile: Swagger UI, metrics and problem+json there too. */
@QuarkusIntegrationTest
class ConventionsIT extends ConventionsTest {

    @Test
    void thePackagedServiceStartsWithoutWarnings() {
        assertEquals(List.of(), PackagedServiceLog.startWarnings());
    }
}
