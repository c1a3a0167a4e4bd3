package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service user can write /tmp in its task (issue 21, finding 1). Quarkus creates its Vert.x cache under /tmp at
 * start; the tasks run as a non-root user on a read-only root filesystem with an empty task volume mounted at
 * /tmp, and Fargate creates that volume owned by root, mode 0755, unless the image declares the path a VOLUME
 * (then the volume starts as the image's /tmp, mode 1777). So, together:
 * <ul>
 * <li>every service of the root pom has src/main/docker/Dockerfile.jvm with a non-root USER and a VOLUME that
 * includes /tmp;</li>
 * <li>the task definition's side (a writable task volume at /tmp under a read-only root filesystem) is asserted by
 * the ecs-fargate-service module's terraform test.</li>
 * </ul>
 */
final class WritableTmpRule {

    static final String DOCKERFILE = ServiceDockerfiles.DOCKERFILE;
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*(\\w+)\\s+(.*)$");

    private WritableTmpRule() {}

    static Findings checkDockerfiles(Path repoRoot) {
        Findings findings = new Findings();
        ServiceDockerfiles.each(repoRoot, findings, (service, dockerfile, where) -> {
            boolean tmpVolume = false;
            String user = null;
            for (String line : lines(dockerfile)) {
                Matcher instruction = INSTRUCTION.matcher(line);
                if (!instruction.matches() || line.strip().startsWith("#")) {
                    continue;
                }
                String keyword = instruction.group(1).toUpperCase(Locale.ROOT);
                String arguments = instruction.group(2);
                if (keyword.equals("VOLUME") && volumePaths(arguments).contains("/tmp")) {
                    tmpVolume = true;
                } else if (keyword.equals("USER")) {
                    user = arguments.strip();
                }
            }
            if (user == null || user.equals("0") || user.startsWith("0:") || user.startsWith("root")) {
                findings.violation(where, "no non-root USER: the task must not run as root");
            }
            if (!tmpVolume) {
                findings.violation(
                        where,
                        "no VOLUME [\"/tmp\"]: on Fargate the task's /tmp volume is then owned by "
                                + "root, mode 0755, and Quarkus fails at start (Unable to create folder at path /tmp/vertx-cache)");
            }
        });
        return findings;
    }

    /** VOLUME ["/a", "/b"] or VOLUME /a /b. */
    static List<String> volumePaths(String arguments) {
        String trimmed = arguments.strip();
        if (trimmed.startsWith("[")) {
            trimmed = trimmed.substring(1, trimmed.lastIndexOf(']') > 0 ? trimmed.lastIndexOf(']') : trimmed.length());
            return List.of(trimmed.split(",")).stream()
                    .map(p -> p.strip().replace("\"", ""))
                    .toList();
        }
        return List.of(trimmed.split("\\s+"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
