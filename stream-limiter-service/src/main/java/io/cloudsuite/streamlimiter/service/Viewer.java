package io.cloudsuite.streamlimiter.service;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.cloudsuite.commons.client.ClientAddresses;
import io.cloudsuite.commons.problem.InvalidInputException;

/**
 * Who watches: the client by the suite's one rule ({@link ClientAddresses}): the {@code X-Forwarded-For} entry the
 * load balancer appended, i.e. the last of all the header's lines (the n-th from the end behind a chain of n
 * proxies), never one the client wrote in front of it. Without a proxy the header is the client's own value and
 * its last entry counts the same way. Canonical form: {@code ::1} and {@code 0:0::1}, or {@code ::ffff:192.0.2.1}
 * and {@code 192.0.2.1}, are one viewer.
 */
public record Viewer(String address) {

    public static final String HEADER = ClientAddresses.X_FORWARDED_FOR;

    /** The viewer named by the header's raw lines; a 400 naming the header when missing, empty or invalid. */
    public static Viewer fromHeader(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(
                    HEADER, "is required: the load balancer sets it", "The " + HEADER + " header is missing.");
        }
        return new Viewer(ClientAddresses.fromForwardedFor(values, trustedHops()));
    }

    private static int trustedHops() {
        return ConfigProvider.getConfig()
                .getOptionalValue("suite.forwarded.trusted-hops", Integer.class)
                .orElse(0);
    }
}
