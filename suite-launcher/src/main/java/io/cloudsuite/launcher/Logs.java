package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code ./suite logs <service>}: the end of one log, then everything appended to it, until Ctrl-C. */
final class Logs {

    private static final int LINES_FIRST = 40;

    private Logs() {}

    static int run(SuiteHome home, String name) {
        String processName = "backends".equals(name)
                ? name
                : SuiteSelection.find(SuiteSelection.all(home), name).name();
        Path log = home.log(processName);
        if (!Files.isRegularFile(log)) {
            throw new SuiteFailure("no log for " + processName + " yet (" + log + "): `./suite up` writes it");
        }
        LogTail.last(log, LINES_FIRST).forEach(System.out::println);
        follow(log);
        return 0;
    }

    private static void follow(Path log) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long position = file.length();
            byte[] buffer = new byte[8192];
            while (!Thread.currentThread().isInterrupted()) {
                long length = file.length();
                if (length < position) {
                    position = 0; // a new `up` started the log again
                }
                file.seek(position);
                int read;
                while ((read = file.read(buffer)) > 0) {
                    System.out.print(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    position += read;
                }
                System.out.flush();
                Thread.sleep(250);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
