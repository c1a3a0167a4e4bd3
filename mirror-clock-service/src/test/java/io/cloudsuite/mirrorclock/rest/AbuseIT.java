package io.cloudsuite.mirrorclock.rest;

import io.cloudsuite.testing.AbuseLimits;
import io.cloudsuite.testing.AbuseTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The abuse suite (issue 31) against the packaged jar. */
@QuarkusIntegrationTest
@TestProfile(AbuseLimits.class)
class AbuseIT extends AbuseTest {}
