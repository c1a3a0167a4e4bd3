package io.cloudsuite.konnichiwa.service;

import java.time.OffsetDateTime;

/**
 * What {@code /inspect} reports at one moment.
 *
 * @param now                  the time of the request, in the service's time zone
 * @param facts                what does not change while the service runs
 * @param hostUptimeSeconds    seconds since the host booted
 * @param processUptimeSeconds seconds since this process started
 * @param resources            the latest reading of CPU and memory (at most one sample interval old)
 */
public record Inspection(
        OffsetDateTime now,
        HostFacts facts,
        long hostUptimeSeconds,
        long processUptimeSeconds,
        ResourceSample resources) {}
