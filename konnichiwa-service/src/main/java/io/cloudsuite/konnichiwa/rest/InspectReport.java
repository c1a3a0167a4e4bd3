package io.cloudsuite.konnichiwa.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cloudsuite.konnichiwa.service.ByteSize;
import io.cloudsuite.konnichiwa.service.HostFacts;
import io.cloudsuite.konnichiwa.service.Inspection;
import io.cloudsuite.konnichiwa.service.ResourceSample;
import io.cloudsuite.konnichiwa.service.Uptime;

/** The body of {@code GET /inspect}, field for field as the original answered it. */
@Schema(name = "InspectReport")
public record InspectReport(
        @Schema(
                description = "Time of the request, ISO-8601 with offset",
                examples = "2026-11-29T16:20:00.123456+00:00")
        String now,

        SystemReport system,
        MemoryReport memory,
        ProcessReport process) {

    /** ISO-8601 with microseconds and a numeric offset ({@code +00:00}, never {@code Z}), as the original wrote it. */
    static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    @Schema(name = "InspectSystem")
    public record SystemReport(
            @Schema(examples = "Linux") String platform,

            @Schema(description = "Kernel release", examples = "6.1.0-18-amd64")
            String release,

            @Schema(examples = "x86_64") String arch,
            String hostname,

            @Schema(description = "Host uptime", examples = "3 days, 04:05:06")
            String uptime,

            @JsonProperty("uptime_seconds") @Schema(examples = "273906")
            long uptimeSeconds,

            @JsonProperty("cpu_used_percent") @Schema(minimum = "0", maximum = "100")
            int cpuUsedPercent,

            @JsonProperty("memory_used_percent") @Schema(minimum = "0", maximum = "100")
            int memoryUsedPercent) {}

    @Schema(name = "InspectMemory")
    public record MemoryReport(
            @Schema(examples = "15.52 GB") String total,
            @Schema(examples = "6.03 GB") String free) {}

    @Schema(name = "InspectProcess")
    public record ProcessReport(
            long pid,
            @Schema(examples = "04:05:06") String uptime,

            @JsonProperty("uptime_seconds") @Schema(examples = "14706")
            long uptimeSeconds,

            MemoryUsage memoryUsage) {}

    @Schema(name = "InspectMemoryUsage")
    public record MemoryUsage(
            @Schema(description = "Resident set size", examples = "152.31 MB")
            String rss,

            @Schema(description = "Virtual memory size", examples = "2.48 GB")
            String vms,

            @Schema(description = "Resident set as a share of the host's memory", examples = "0.28%")
            String percent) {}

    /** The texts of one resource sample: made once per sample (at most once a second), not once per request. */
    record SampleText(ResourceSample sample, MemoryReport memory, MemoryUsage memoryUsage) {

        static SampleText of(ResourceSample sample) {
            return new SampleText(
                    sample,
                    new MemoryReport(
                            ByteSize.format(sample.memoryTotalBytes()), ByteSize.format(sample.memoryFreeBytes())),
                    new MemoryUsage(
                            ByteSize.format(sample.processRssBytes()),
                            ByteSize.format(sample.processVmsBytes()),
                            percent(sample.processMemoryPercent())));
        }
    }

    /** @param text the texts of {@code inspection.resources()} */
    static InspectReport of(Inspection inspection, SampleText text) {
        HostFacts facts = inspection.facts();
        ResourceSample resources = inspection.resources();
        return new InspectReport(
                NOW.format(inspection.now()),
                new SystemReport(
                        facts.platform(),
                        facts.release(),
                        facts.arch(),
                        facts.hostname(),
                        Uptime.format(inspection.hostUptimeSeconds()),
                        inspection.hostUptimeSeconds(),
                        Math.max(0, resources.cpuUsedPercent()),
                        resources.memoryUsedPercent()),
                text.memory(),
                new ProcessReport(
                        facts.pid(),
                        Uptime.format(inspection.processUptimeSeconds()),
                        inspection.processUptimeSeconds(),
                        text.memoryUsage()));
    }

    /** "0.28%": two decimals, rounded as the original's "%.2f" did. */
    static String percent(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
