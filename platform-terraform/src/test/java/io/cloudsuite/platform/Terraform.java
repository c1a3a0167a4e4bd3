package io.cloudsuite.platform;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The terraform CLI, for the only command that works without providers: fmt. */
final class Terraform {

    record Result(int exitCode, String output) {
    }

    private Terraform() {
    }

    static boolean onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "terraform"))) {
                return true;
            }
        }
        return false;
    }

    /** terraform fmt -check -recursive in dir: exit code 0 when everything is formatted, the unformatted files listed otherwise. */
    static Result fmtCheck(Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("terraform", "fmt", "-check", "-recursive", "-list=true", "."))
                .directory(dir.toFile())
                .redirectErrorStream(true);
        // No CLI config and no version check: nothing here may reach the network.
        builder.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        Path output = Files.createTempFile("terraform-fmt", ".log");
        try {
            // To a file, so that a hanging terraform cannot block the read and the timeout below holds.
            Process process = builder.redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("terraform fmt did not finish within 2 minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
