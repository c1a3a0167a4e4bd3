package io.cloudsuite.commons.http;

import io.cloudsuite.testing.AbuseLimits;
import io.cloudsuite.testing.AbuseTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The abuse suite against the shared HTTP layer alone, in seconds; each service runs it on its packaged jar. */
@QuarkusTest
@TestProfile(AbuseLimits.class)
class AbuseCommonsTest extends AbuseTest {}
