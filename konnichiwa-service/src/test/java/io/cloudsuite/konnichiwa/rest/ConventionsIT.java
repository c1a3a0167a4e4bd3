package io.cloudsuite.konnichiwa.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The conventions on the packaged jar in the prod profile: Swagger UI, metrics and problem+json there too. */
@QuarkusIntegrationTest
@WithTestResource(ProdApiKeyResource.class)
class ConventionsIT extends ConventionsTest {}
