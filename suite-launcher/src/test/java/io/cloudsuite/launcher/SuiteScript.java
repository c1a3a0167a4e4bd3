package io.cloudsuite.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./suite} as a user would, from a folder inside the repository, against a suite of its own (its own
 * state folder, free ports) so that it never touches a developer's running suite.
 */
final class SuiteScript {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Path stateDirectory;
    private final Map<String, String> environment;

    record Result(int exit, String output) {}

    SuiteScript(Path stateDirectory, Map<String, String> environment) {
        this.stateDirectory = stateDirectory;
        this.environment = environment;
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("suite").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                // Any folder of the repository will do: the script finds the root itself.
                .directory(ROOT.resolve("docs").toFile())
                .redirectErrorStream(true);
        builder.environment().put("SUITE_STATE_DIR", stateDirectory.toString());
        builder.environment().put("SUITE_PORTS", "free");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./suite " + String.join(" ", args) + " did not finish:\n" + output);
        }
        System.out.println("$ ./suite " + String.join(" ", args) + "\n" + output);
        return new Result(process.exitValue(), output);
    }

    SuiteState state() {
        return SuiteState.load(stateDirectory.resolve("state.properties"))
                .orElseThrow(() -> new AssertionError("no suite state in " + stateDirectory));
    }
}
