package io.cloudsuite.peopleinfo.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same contract against the packaged jar, started in the prod profile. */
@QuarkusIntegrationTest
class PeopleResourceIT extends PeopleResourceTest {}
