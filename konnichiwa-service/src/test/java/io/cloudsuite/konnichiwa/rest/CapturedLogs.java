package io.cloudsuite.konnichiwa.rest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every log record the service writes while open, as text (message, parameters and any exception): the service runs
 * in the test's JVM under @QuarkusTest and logs through the same root logger.
 */
final class CapturedLogs extends Handler implements AutoCloseable {

    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private CapturedLogs() {
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    static CapturedLogs start() {
        return new CapturedLogs();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(formatter.format(record));
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
