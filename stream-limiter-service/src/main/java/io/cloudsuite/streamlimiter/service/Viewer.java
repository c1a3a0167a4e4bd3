package io.cloudsuite.streamlimiter.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.Problems;

/**
 * Who watches: the first address in {@code X-Forwarded-For}, trimmed, a valid IPv4 or IPv6 address, in canonical
 * form (so {@code ::1} and {@code 0:0::1} are one viewer).
 */
public record Viewer(String address) {

    public static final String HEADER = "X-Forwarded-For";
    static final String RULE = "must start with the viewer's IPv4 or IPv6 address";

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    /** Only hex digits, colons and an embedded IPv4 tail: such a string is parsed as a literal, never looked up. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** The viewer named by the header's raw values; a 400 naming the header when missing, empty or invalid. */
    public static Viewer fromHeader(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(HEADER, RULE, "The " + HEADER + " header is missing.");
        }
        String first = values.get(0).split(",", -1)[0].strip();
        if (IPV4.matcher(first).matches()) {
            return new Viewer(first);
        }
        if (first.contains(":") && IPV6_CHARACTERS.matcher(first).matches()) {
            try {
                return new Viewer(InetAddress.getByName(first).getHostAddress());
            } catch (UnknownHostException notAnAddress) {
                // falls through to the 400
            }
        }
        throw new InvalidInputException(HEADER, RULE, "The first address in the " + HEADER + " header, "
                + Problems.echo(first) + ", is not a valid IPv4 or IPv6 address.");
    }
}
