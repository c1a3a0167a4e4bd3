package io.cloudsuite.konnichiwa.rest;

import io.cloudsuite.testing.AbuseLimits;
import io.cloudsuite.testing.AbuseTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The abuse suite (issue 31) against the packaged jar; its key rule is in {@link PackagedStartupIT}. */
@QuarkusIntegrationTest
@TestProfile(AbuseLimits.class)
@WithTestResource(ProdApiKeyResource.class)
class AbuseIT extends AbuseTest {}
