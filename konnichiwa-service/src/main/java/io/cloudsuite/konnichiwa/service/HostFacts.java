package io.cloudsuite.konnichiwa.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What does not change while the service runs: the OS, the machine, the host's boot and the process's start, read
 * once. Times are {@link System#nanoTime()} anchors, so an uptime costs a subtraction, not a file read.
 *
 * @param platform             the OS name, e.g. {@code Linux}
 * @param release              the kernel release, e.g. {@code 6.1.0-18-amd64}
 * @param arch                 the machine as {@code uname -m} names it, e.g. {@code x86_64}
 * @param hostname             the host (in a container: the container's) name
 * @param pid                  this process
 * @param hostBootNanos        when the host booted, on the {@code System.nanoTime()} scale
 * @param processStartNanos    when this process started, on the same scale
 */
public record HostFacts(
        String platform,
        String release,
        String arch,
        String hostname,
        long pid,
        long hostBootNanos,
        long processStartNanos) {

    static final Path PROC_UPTIME = Path.of("/proc/uptime");
    static final Path PROC_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    /** Reads the facts from the OS: {@code /proc} on Linux, the JVM's view elsewhere. */
    public static HostFacts read() {
        long now = System.nanoTime();
        long processUptimeNanos = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        return new HostFacts(
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                machine(System.getProperty("os.arch")),
                readHostname(),
                ProcessHandle.current().pid(),
                now - hostUptimeNanos(),
                now - processUptimeNanos);
    }

    /** Seconds since the host booted. */
    public long hostUptimeSeconds(long nowNanos) {
        return (nowNanos - hostBootNanos) / 1_000_000_000L;
    }

    /** Seconds since this process started. */
    public long processUptimeSeconds(long nowNanos) {
        return (nowNanos - processStartNanos) / 1_000_000_000L;
    }

    /** The JVM says amd64 where uname -m (and the original, through Python's platform.machine()) says x86_64. */
    static String machine(String javaArch) {
        return switch (javaArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "x86", "i386" -> "i686";
            default -> javaArch;
        };
    }

    private static long hostUptimeNanos() {
        Optional<String> uptime = readFirstLine(PROC_UPTIME);
        if (uptime.isPresent()) {
            // "35268.29 69001.31": seconds since boot, then idle seconds summed over CPUs.
            double seconds = Double.parseDouble(uptime.get().split(" ")[0]);
            return (long) (seconds * 1_000_000_000L);
        }
        // Without /proc (macOS in dev mode): the first process started when the host booted.
        return ProcessHandle.of(1)
                .flatMap(init -> init.info().startInstant())
                .map(boot -> Duration.between(boot, Instant.now()).toNanos())
                .orElseThrow(() -> new IllegalStateException(
                        "cannot tell the host's uptime: no /proc/uptime and " + "no start time of process 1"));
    }

    private static String readHostname() {
        return readFirstLine(PROC_HOSTNAME)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .orElseGet(() -> {
                    try {
                        return InetAddress.getLocalHost().getHostName();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot tell the host name", e);
                    }
                });
    }

    static Optional<String> readFirstLine(Path file) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(file)) {
            return lines.findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
