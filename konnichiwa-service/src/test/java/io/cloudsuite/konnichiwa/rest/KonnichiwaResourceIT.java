package io.cloudsuite.konnichiwa.rest;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same contract against the packaged jar, started in the prod profile with a key given from outside. */
@QuarkusIntegrationTest
@WithTestResource(ProdApiKeyResource.class)
class KonnichiwaResourceIT extends KonnichiwaResourceTest {

    /** The jar runs in a process of its own: the pid it reports is that java process, running quarkus-run.jar. */
    @Override
    protected void assertServiceProcess(long pid) {
        assertNotEquals(ProcessHandle.current().pid(), pid);
        String command = ProcessHandle.of(pid)
                .flatMap(process -> process.info().commandLine())
                .orElse("");
        assertTrue(command.contains("quarkus-run.jar"), "pid " + pid + " runs: " + command);
    }
}
