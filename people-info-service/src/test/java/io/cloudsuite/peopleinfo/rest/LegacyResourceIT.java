package io.cloudsuite.peopleinfo.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The original routes against the packaged jar, started in the prod profile. */
@QuarkusIntegrationTest
class LegacyResourceIT extends LegacyResourceTest {}
