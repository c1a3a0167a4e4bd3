package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/** The entry point behind {@code ./suite}: one command per run. */
public final class SuiteCommand {

    static final String USAGE = """
            usage: ./suite <command>
              up [service...]    build what is missing, start the backends and services in the background, wait
                                 until ready, print the table (default: every service of the root pom)
              status             the table again, from live checks
              logs <service>     follow one service's log (or `backends`)
              down               stop exactly what up started, backends included
              monitor [service...] [--every N] [--cpu-threshold P] [--memory-threshold P]
                      [--domain D | --url <service>=<base URL> ...]
                                 readiness, one real request's latency, konnichiwa's /inspect against the
                                 thresholds (70 %% by default); exit 0 healthy, 1 down, 2 above a threshold.
                                 The /inspect key comes from KONNICHIWA_API_KEY in the environment.
            Services are named `bullets` or `bullets-service`. See docs/operations.md.
            """;

    private SuiteCommand() {
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(Arrays.asList(args));
        } catch (UsageException e) {
            System.err.println("./suite: " + e.getMessage());
            System.err.print(USAGE.formatted());
            exit = 2;
        } catch (SuiteFailure e) {
            System.err.println("./suite: " + e.getMessage());
            exit = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 130;
        }
        System.exit(exit);
    }

    static int run(List<String> args) throws InterruptedException {
        if (args.isEmpty()) {
            throw new UsageException("which command?");
        }
        SuiteHome home = SuiteHome.fromEnvironment();
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "up" -> withLock(home, () -> new Up(home).run(rest));
            case "down" -> {
                noArguments("down", rest);
                yield withLock(home, () -> Down.run(home));
            }
            case "status" -> {
                noArguments("status", rest);
                yield Status.run(home);
            }
            case "logs" -> {
                if (rest.size() != 1) {
                    throw new UsageException("logs takes one service name");
                }
                yield Logs.run(home, rest.get(0));
            }
            case "monitor" -> Monitor.run(home, Monitor.Options.parse(rest));
            case "help", "--help", "-h" -> {
                System.out.print(USAGE.formatted());
                yield 0;
            }
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        };
    }

    private static void noArguments(String command, List<String> rest) {
        if (!rest.isEmpty()) {
            throw new UsageException(command + " takes no arguments (it acts on what up started)");
        }
    }

    /** One up or down at a time per suite: a second one waits for nothing and says why. */
    private static int withLock(SuiteHome home, java.util.function.IntSupplier command) {
        try {
            Files.createDirectories(home.directory());
            try (FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    throw new SuiteFailure("another `./suite up` or `./suite down` is running for " + home.directory()
                            + "; wait for it to finish");
                }
                return command.getAsInt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + home.lockFile(), e);
        }
    }
}
