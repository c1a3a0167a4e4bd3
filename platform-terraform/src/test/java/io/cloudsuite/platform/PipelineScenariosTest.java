package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The deploy pipeline's stories (first deploy and promotion, promotion of several commits, a failed and a rejected
 * promotion, a rollback, path filters for jvm/, load-tests/ and shared modules, konnichiwa's load check key): the
 * .github/scripts the workflows call, run by src/test/pipeline/scenarios.sh in a scratch git repository under
 * target/ against stub aws, skopeo and gh CLIs that record every call and hold the registries, ECS services and
 * secrets of a dev and a production account.
 */
class PipelineScenariosTest {

    @Test
    void everyPipelineStoryEndsAsDocumented() throws Exception {
        Scripts.Result result = Scripts.run(
                Layout.repoRoot(),
                Map.of(),
                Duration.ofMinutes(5),
                Layout.terraformDir().resolve("src/test/pipeline/scenarios.sh"),
                Layout.repoRoot().toString(),
                Layout.terraformDir().resolve("target/pipeline-scenarios").toString());

        assertEquals(0, result.exitCode(), "a pipeline scenario failed:\n" + result.output());
        for (int story = 1; story <= 6; story++) {
            assertTrue(
                    result.output().contains("---- " + story + ". "),
                    "story " + story + " did not run:\n" + result.output());
        }
        assertTrue(result.output().contains("ok   every pipeline scenario passed"), result.output());
    }
}
