package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code ./suite up} started, written to disk after every start so that a launcher killed halfway still leaves
 * a record: {@code status} reads it to tell what is left, {@code down} to stop exactly those processes.
 *
 * <p>Backends are listed with their address; a backend the suite found already answering is marked external and is
 * never stopped.
 */
final class SuiteState {

    /** A backend the services of this suite use. */
    record Backend(String kind, String uri, boolean external) {}

    /** A service {@code up} was asked for that did not start (or not get ready), and why. */
    record Failure(String service, String reason) {}

    private final List<RecordedProcess> processes = new ArrayList<>();
    private final List<Backend> backends = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    /** Whether the {@code up} that wrote this state finished; false while it runs, and forever if it was killed. */
    private boolean complete;

    boolean complete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }

    List<RecordedProcess> processes() {
        return List.copyOf(processes);
    }

    List<Backend> backends() {
        return List.copyOf(backends);
    }

    void add(RecordedProcess process) {
        processes.add(process);
    }

    void remove(RecordedProcess process) {
        processes.remove(process);
    }

    void add(Backend backend) {
        backends.add(backend);
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }

    void add(Failure failure) {
        failures.add(failure);
    }

    List<RecordedProcess> processes(RecordedProcess.Role role) {
        return processes.stream().filter(process -> process.role() == role).toList();
    }

    Optional<RecordedProcess> service(String name) {
        return processes(RecordedProcess.Role.SERVICE).stream()
                .filter(p -> p.name().equals(name))
                .findFirst();
    }

    /** Nothing runs: no process recorded (failures alone leave nothing to stop). */
    boolean isEmpty() {
        return processes.isEmpty();
    }

    static Optional<SuiteState> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suite's state " + file, e);
        }
        SuiteState state = new SuiteState();
        state.complete = Boolean.parseBoolean(properties.getProperty("complete"));
        for (int i = 0; properties.containsKey("process." + i + ".pid"); i++) {
            String prefix = "process." + i + ".";
            state.add(new RecordedProcess(
                    RecordedProcess.Role.valueOf(properties.getProperty(prefix + "role")),
                    properties.getProperty(prefix + "name"),
                    Long.parseLong(properties.getProperty(prefix + "pid")),
                    Long.parseLong(properties.getProperty(prefix + "started", "0")),
                    Integer.parseInt(properties.getProperty(prefix + "port", "0")),
                    Integer.parseInt(properties.getProperty(prefix + "management-port", "0"))));
        }
        for (int i = 0; properties.containsKey("backend." + i + ".uri"); i++) {
            String prefix = "backend." + i + ".";
            state.add(new Backend(
                    properties.getProperty(prefix + "kind"),
                    properties.getProperty(prefix + "uri"),
                    Boolean.parseBoolean(properties.getProperty(prefix + "external"))));
        }
        for (int i = 0; properties.containsKey("failure." + i + ".service"); i++) {
            String prefix = "failure." + i + ".";
            state.add(
                    new Failure(properties.getProperty(prefix + "service"), properties.getProperty(prefix + "reason")));
        }
        return Optional.of(state);
    }

    /** Writes the whole state to a temporary file and renames it into place: a reader never sees half of it. */
    void save(Path file) {
        Properties properties = new Properties();
        properties.setProperty("complete", Boolean.toString(complete));
        for (int i = 0; i < processes.size(); i++) {
            RecordedProcess process = processes.get(i);
            String prefix = "process." + i + ".";
            properties.setProperty(prefix + "role", process.role().name());
            properties.setProperty(prefix + "name", process.name());
            properties.setProperty(prefix + "pid", Long.toString(process.pid()));
            properties.setProperty(prefix + "started", Long.toString(process.startedMillis()));
            properties.setProperty(prefix + "port", Integer.toString(process.port()));
            properties.setProperty(prefix + "management-port", Integer.toString(process.managementPort()));
        }
        for (int i = 0; i < backends.size(); i++) {
            Backend backend = backends.get(i);
            String prefix = "backend." + i + ".";
            properties.setProperty(prefix + "kind", backend.kind());
            properties.setProperty(prefix + "uri", backend.uri());
            properties.setProperty(prefix + "external", Boolean.toString(backend.external()));
        }
        for (int i = 0; i < failures.size(); i++) {
            Failure failure = failures.get(i);
            properties.setProperty("failure." + i + ".service", failure.service());
            properties.setProperty("failure." + i + ".reason", failure.reason());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Processes started by ./suite up; ./suite down stops them");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the suite's state " + file, e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the suite's state " + file, e);
        }
    }
}
