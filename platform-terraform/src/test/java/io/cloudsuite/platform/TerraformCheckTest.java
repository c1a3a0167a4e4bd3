package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform itself over every root and module: .github/scripts/terraform-check.sh (fmt -check, init against the
 * committed lock file, validate, terraform test with mock providers), offline from the provider mirror, the same
 * script ci.yml's terraform job runs. A missing terraform or provider fails here; nothing is skipped.
 */
class TerraformCheckTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @Test
    void everyRootAndModuleFormatsValidatesAndPassesItsTests() throws Exception {
        Scripts.Result result =
                Scripts.run(Layout.repoRoot(), environment(), TIMEOUT, Scripts.script("terraform-check.sh"));

        assertEquals(0, result.exitCode(), "terraform-check.sh failed:\n" + result.output());
        // bootstrap, six stacks, five modules: a run that found nothing must not pass.
        long checked = result.output()
                .lines()
                .filter(line -> line.startsWith("ok   platform-terraform/"))
                .count();
        assertTrue(checked >= 12, "checked only " + checked + " folders:\n" + result.output());
    }

    @Test
    void aFailingTerraformTestFailsTheCheckWithItsMessage(@TempDir Path dir) throws Exception {
        Fixtures.copy("terraform/failing/main.tf.txt", dir.resolve("main.tf"));
        Fixtures.copy("terraform/failing/failing.tftest.hcl.txt", dir.resolve("tests/failing.tftest.hcl"));
        Fixtures.copy("terraform/failing/lock.hcl.txt", dir.resolve(".terraform.lock.hcl"));

        Scripts.Result result = Scripts.run(
                Layout.repoRoot(), environment(), TIMEOUT, Scripts.script("terraform-check.sh"), dir.toString());

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("FAIL " + dir), result.output());
        assertTrue(result.output().contains("the greeting must be formal"), result.output());
    }

    /** Everything under target/: the data dirs, the plugin cache and the logs. */
    private static Map<String, String> environment() {
        return Map.of(
                "TF_CHECK_WORK",
                Layout.terraformDir().resolve("target/terraform").toString());
    }
}
