package io.cloudsuite.konnichiwa.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.management.OperatingSystemMXBean;

/**
 * One reading of what changes: CPU and memory use of the host (the container's limits when it has them, as the
 * JVM's OperatingSystemMXBean sees them) and this process's resident and virtual memory from {@code /proc}.
 *
 * @param takenAtNanos      when it was read, on the {@code System.nanoTime()} scale
 * @param cpuUsedPercent    CPU in use since the previous reading, 0-100; -1 when the OS bean cannot tell yet
 * @param memoryTotalBytes  memory of the host (or container)
 * @param memoryFreeBytes   memory not in use
 * @param processRssBytes   this process's resident set size (VmRSS)
 * @param processVmsBytes   this process's virtual memory size (VmSize)
 */
public record ResourceSample(
        long takenAtNanos,
        int cpuUsedPercent,
        long memoryTotalBytes,
        long memoryFreeBytes,
        long processRssBytes,
        long processVmsBytes) {

    static final Path PROC_SELF_STATUS = Path.of("/proc/self/status");

    /** Host memory in use, 0-100. */
    public int memoryUsedPercent() {
        return percent(memoryTotalBytes - memoryFreeBytes, memoryTotalBytes);
    }

    /** This process's resident memory as a share of the host's, in percent (not rounded). */
    public double processMemoryPercent() {
        return memoryTotalBytes <= 0 ? 0 : processRssBytes * 100.0 / memoryTotalBytes;
    }

    static ResourceSample take(OperatingSystemMXBean os) {
        long[] rssAndVms = rssAndVms(PROC_SELF_STATUS);
        return new ResourceSample(
                System.nanoTime(),
                cpuPercent(os.getCpuLoad()),
                os.getTotalMemorySize(),
                os.getFreeMemorySize(),
                rssAndVms[0],
                rssAndVms[1]);
    }

    /** Whether the CPU figure is known; the OS bean's first reading, with no previous one to compare, is not. */
    public boolean knowsCpu() {
        return cpuUsedPercent >= 0;
    }

    /** getCpuLoad is the load since its previous call, 0.0-1.0, or negative when it cannot tell. */
    private static int cpuPercent(double load) {
        return load < 0 || Double.isNaN(load) ? -1 : (int) Math.round(Math.min(1, load) * 100);
    }

    static OperatingSystemMXBean operatingSystem() {
        return (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }

    /** VmRSS and VmSize of {@code /proc/<pid>/status}, in bytes (the file gives kB). */
    static long[] rssAndVms(Path status) {
        long rss = -1;
        long vms = -1;
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmSize:")) {
                    vms = kilobytes(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this process's memory from " + status, e);
        }
        if (rss < 0 || vms < 0) {
            throw new IllegalStateException(status + " has no VmRSS or VmSize line");
        }
        return new long[] {rss, vms};
    }

    /** "VmRSS:\t  123456 kB" -> 123456 * 1024. */
    private static long kilobytes(String line) {
        String[] fields = line.substring(line.indexOf(':') + 1).strip().split("\\s+");
        return Long.parseLong(fields[0]) * 1024;
    }

    private static int percent(long part, long whole) {
        if (whole <= 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.round(part * 100.0 / whole)));
    }
}
