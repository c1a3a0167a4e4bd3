package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terraform fmt -check over platform-terraform: hcl4j accepts broken syntax, terraform does not. */
class TerraformFmtTest {

    @Test
    void everyTerraformFileIsFormatted() throws Exception {
        assumeTrue(Terraform.onPath(), "terraform not on PATH: fmt check not run");
        Terraform.Result result = Terraform.fmtCheck(Layout.terraformDir());
        assertEquals(0, result.exitCode(), "terraform fmt -check -recursive failed (run terraform fmt -recursive "
                + "platform-terraform); unformatted files or errors:\n" + result.output());
    }

    @Test
    void fmtCheckReportsAnUnformattedFile(@TempDir Path dir) throws Exception {
        assumeTrue(Terraform.onPath(), "terraform not on PATH: fmt check not run");
        Fixtures.copy("fmt/unformatted.tf.txt", dir.resolve("stacks/example/main.tf"));
        Fixtures.copy("fmt/formatted.tf.txt", dir.resolve("stacks/example/outputs.tf"));

        Terraform.Result result = Terraform.fmtCheck(dir);

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("main.tf"), result.output());
        assertTrue(!result.output().contains("outputs.tf"), result.output());
    }
}
