package io.cloudsuite.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the repository's bash scripts (.github/scripts) as CI runs them, with a bound on their time. */
final class Scripts {

    record Result(int exitCode, String output) {}

    private Scripts() {}

    /** bash script args... in dir, with env added to this process's environment; output is stdout and stderr. */
    static Result run(Path dir, Map<String, String> env, Duration timeout, Path script, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path output = Files.createTempFile("script", ".log");
        try {
            // To a file, so that a hanging script cannot block the read and the timeout below holds.
            Process process = builder.redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(script.getFileName() + " did not finish within " + timeout + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static Path script(String name) {
        return Layout.repoRoot().resolve(".github/scripts").resolve(name);
    }
}
