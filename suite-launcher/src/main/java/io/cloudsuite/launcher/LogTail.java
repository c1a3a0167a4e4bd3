package io.cloudsuite.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a log, for reporting why something did not start. */
final class LogTail {

    private LogTail() {}

    static List<String> last(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of("(no log at " + log + ")");
        }
        Deque<String> kept = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                kept.addLast(line);
                if (kept.size() > lines) {
                    kept.removeFirst();
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
        return List.copyOf(kept);
    }

    /** The last line that is not blank, e.g. why a service refused to start. */
    static String lastLine(Path log) {
        List<String> tail =
                last(log, 5).stream().filter(line -> !line.isBlank()).toList();
        return tail.isEmpty() ? "(empty)" : tail.get(tail.size() - 1);
    }

    static void print(Path log, int lines) {
        System.out.println("  last lines of " + log + ":");
        last(log, lines).forEach(line -> System.out.println("  | " + line));
    }
}
