package io.cloudsuite.peopleinfo.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The conventions on the packaged jar in the prod profile: Swagger UI, metrics and problem+json there too. */
@QuarkusIntegrationTest
class ConventionsIT extends ConventionsTest {}
