package io.cloudsuite.mirrorclock.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same contract against the packaged jar, started in the prod profile. */
@QuarkusIntegrationTest
class MirrorClockResourceIT extends MirrorClockResourceTest {}
