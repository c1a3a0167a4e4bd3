package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point behind {@code ./suite}: one command per run, parsed by picocli (usage, {@code --help}, an error
 * and exit code 2 for anything it cannot use). The commands themselves live in {@link Up}, {@link Status},
 * {@link Logs}, {@link Down} and {@link Monitor}.
 */
@Command(
        name = "./suite",
        sortOptions = false,
        description =
                "The whole suite on one machine: its services as packaged jars, with the local backends they need.",
        synopsisSubcommandLabel = "<command>",
        subcommands = {
            SuiteCommand.UpCommand.class,
            SuiteCommand.StatusCommand.class,
            SuiteCommand.LogsCommand.class,
            SuiteCommand.DownCommand.class,
            SuiteCommand.MonitorCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Services are named `bullets` or `bullets-service`. See docs/operations.md."})
public final class SuiteCommand implements Callable<Integer> {

    static final int USAGE_ERROR = 2;
    static final int FAILED = 1;
    static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** {@code -h} and {@code --help} on every command. */
    static final class HelpOption {

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help.")
        boolean help;
    }

    /** Where the suite keeps its state: read when a command runs, so that {@code --help} needs none. */
    private final Supplier<SuiteHome> home;

    SuiteCommand(Supplier<SuiteHome> home) {
        this.home = home;
    }

    public static void main(String[] args) {
        System.exit(run(SuiteHome::fromEnvironment, args));
    }

    /** Runs one command line; returns its exit code. */
    static int run(Supplier<SuiteHome> home, String... args) {
        CommandLine commandLine = new CommandLine(new SuiteCommand(home));
        commandLine.setParameterExceptionHandler(
                (wrong, arguments) -> usageError(wrong.getCommandLine(), describe(wrong)));
        commandLine.setExecutionExceptionHandler((thrown, failedCommand, parsed) -> {
            if (thrown instanceof ParameterException wrong) {
                return usageError(wrong.getCommandLine(), wrong.getMessage());
            }
            if (thrown instanceof UsageException wrong) {
                return usageError(failedCommand, wrong.getMessage());
            }
            if (thrown instanceof SuiteFailure failure) {
                failedCommand.getErr().println("./suite: " + failure.getMessage());
                return FAILED;
            }
            if (thrown instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return INTERRUPTED;
            }
            throw thrown;
        });
        return commandLine.execute(args);
    }

    /** Picocli's words, but an unknown command named as such ("Unmatched argument at index 0" says less). */
    private static String describe(ParameterException wrong) {
        if (wrong instanceof UnmatchedArgumentException unmatched
                && unmatched.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty()
                    ? message
                    : message + "; did you mean " + String.join(" or ", suggestions) + "?";
        }
        return wrong.getMessage();
    }

    private static int usageError(CommandLine command, String message) {
        command.getErr().println("./suite: " + message);
        command.usage(command.getErr());
        return USAGE_ERROR;
    }

    /** {@code ./suite} alone. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "which command?");
    }

    SuiteHome home() {
        return home.get();
    }

    /** What every command shares: the suite it acts on, and {@code -h}/{@code --help}. */
    abstract static class Subcommand implements Callable<Integer> {

        @ParentCommand
        SuiteCommand suite;

        @Mixin
        HelpOption help;
    }

    @Command(
            name = "up",
            description = {
                "Build what is missing, start the backends and services in the background, "
                        + "wait until ready, print the table."
            })
    static final class UpCommand extends Subcommand {

        @Parameters(
                paramLabel = "<service>",
                arity = "0..*",
                description = "The services to start (default: every service of the root pom).")
        List<String> services = new ArrayList<>();

        @Override
        public Integer call() {
            SuiteHome home = suite.home();
            return withLock(home, () -> new Up(home).run(services));
        }
    }

    @Command(
            name = "status",
            description = "The table again, from live checks; a service that failed to start is "
                    + "listed with the last line of its log.")
    static final class StatusCommand extends Subcommand {

        @Override
        public Integer call() {
            return Status.run(suite.home());
        }
    }

    @Command(name = "logs", description = "Follow one service's log (or the backends').")
    static final class LogsCommand extends Subcommand {

        @Parameters(paramLabel = "<service>", description = "A service, or `backends`.")
        String service;

        @Override
        public Integer call() {
            return Logs.run(suite.home(), service);
        }
    }

    @Command(name = "down", description = "Stop exactly what up started, backends included.")
    static final class DownCommand extends Subcommand {

        @Override
        public Integer call() {
            SuiteHome home = suite.home();
            return withLock(home, () -> Down.run(home));
        }
    }

    @Command(
            name = "monitor",
            sortOptions = false,
            header = "Check each service once (or every N s); exit 0 healthy, 1 down, 2 above a threshold.",
            description = {
                "Readiness, one real request's latency, konnichiwa's /inspect against the thresholds; exit 0 healthy, "
                        + "1 down, 2 above a threshold. The /inspect key comes from KONNICHIWA_API_KEY in the "
                        + "environment, never from the command line.",
                "Checks the local suite, or deployed services with --domain or --url."
            })
    static final class MonitorCommand extends Subcommand {

        @Spec
        CommandSpec spec;

        @Parameters(
                paramLabel = "<service>",
                arity = "0..*",
                description = "The services to check (default: those the local suite runs, else all).")
        List<String> services = new ArrayList<>();

        @Option(
                names = "--every",
                paramLabel = "N",
                description = "Check every N seconds until Ctrl-C (default: once).")
        Integer everySeconds;

        @Option(
                names = "--cpu-threshold",
                paramLabel = "P",
                defaultValue = "70",
                description = "CPU use in percent above which a service warns (default: ${DEFAULT-VALUE}).")
        int cpuThreshold;

        @Option(
                names = "--memory-threshold",
                paramLabel = "P",
                defaultValue = "70",
                description = "Memory use in percent above which a service warns (default: ${DEFAULT-VALUE}).")
        int memoryThreshold;

        @Option(names = "--domain", paramLabel = "D", description = "Check https://<service>.<D>.")
        String domain;

        @Option(
                names = "--url",
                paramLabel = "<service>=<base URL>",
                description = "Where one service answers, e.g. bullets=https://bullets.dev.example.com (repeatable).")
        Map<String, String> urls = new LinkedHashMap<>();

        @Override
        public Integer call() throws InterruptedException {
            Monitor.Options options = options();
            return Monitor.run(suite.home(), options);
        }

        /** The options, checked: what picocli's types cannot say. */
        Monitor.Options options() {
            if (everySeconds != null && everySeconds < 1) {
                throw new ParameterException(spec.commandLine(), "--every must be at least 1");
            }
            percent("--cpu-threshold", cpuThreshold);
            percent("--memory-threshold", memoryThreshold);
            Map<String, String> baseUrls = new LinkedHashMap<>();
            urls.forEach((service, url) -> baseUrls.put(service, url.replaceAll("/+$", "")));
            return new Monitor.Options(
                    List.copyOf(services), everySeconds, cpuThreshold, memoryThreshold, domain, baseUrls);
        }

        private void percent(String option, int value) {
            if (value < 1 || value > 100) {
                throw new ParameterException(spec.commandLine(), option + " is a percentage from 1 to 100");
            }
        }
    }

    /** One up or down at a time per suite: a second one waits for nothing and says why. */
    private static int withLock(SuiteHome home, IntSupplier command) {
        try {
            Files.createDirectories(home.directory());
            try (FileChannel channel =
                            FileChannel.open(home.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
