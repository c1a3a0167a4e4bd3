package io.cloudsuite.commons.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The suite's one rule for who is calling. Behind the load balancer ({@code suite.forwarded.trusted-hops} > 0, the
 * prod profile) the client is the {@code X-Forwarded-For} entry the trusted proxy appended: the last one for one
 * proxy, the n-th from the end for a chain of n. Every entry before it is whatever the client chose to send, so it
 * never counts. Repeated header lines are one list (RFC 9110), so the appended entry is the last of all of them.
 * Without a proxy the client is the TCP peer. Addresses are compared in canonical form: an IPv6 address written two
 * ways, or an IPv4-mapped IPv6 address and its IPv4 form, are one client.
 */
@Singleton
public class ClientAddresses {

    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String RULE = "must be a list of IPv4 or IPv6 addresses, the client's appended by the load balancer";
    /** A connection without an IP peer (none over TCP): all such requests share one client. */
    public static final String UNKNOWN = "unknown";

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    /** Only hex digits, colons and an embedded IPv4 tail: such a string is parsed as a literal, never looked up. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final int trustedHops;

    public ClientAddresses(@ConfigProperty(name = "suite.forwarded.trusted-hops", defaultValue = "0") int trustedHops) {
        if (trustedHops < 0) {
            throw new IllegalArgumentException("suite.forwarded.trusted-hops must be 0 or more, not " + trustedHops);
        }
        this.trustedHops = trustedHops;
    }

    /** How many proxies in front append to {@code X-Forwarded-For}; 0 when the service is called directly. */
    public int trustedHops() {
        return trustedHops;
    }

    /**
     * The client of a request: behind the proxy the address it appended to {@code X-Forwarded-For} (the TCP peer
     * when the header is absent: a caller that did not pass the proxy), else the TCP peer.
     *
     * @throws InvalidInputException (a 400 naming the header) when the header is empty or not a list of addresses
     */
    public String of(HttpServerRequest request) {
        if (trustedHops > 0) {
            List<String> lines = request.headers().getAll(X_FORWARDED_FOR);
            if (!lines.isEmpty()) {
                return fromForwardedFor(lines, trustedHops);
            }
        }
        SocketAddress peer = request.remoteAddress();
        if (peer == null || peer.hostAddress() == null) {
            return UNKNOWN;
        }
        String address = canonical(peer.hostAddress());
        return address == null ? UNKNOWN : address;
    }

    /**
     * The entry {@code hops} from the end of the {@code X-Forwarded-For} lines taken as one list (the first entry when
     * the list is shorter), canonical.
     *
     * @throws InvalidInputException when an entry is empty or not an IP address
     */
    public static String fromForwardedFor(List<String> lines, int hops) {
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            for (String entry : line.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        List<String> canonical = new ArrayList<>(entries.size());
        for (String entry : entries) {
            String address = canonical(entry);
            if (address == null) {
                throw new InvalidInputException(
                        X_FORWARDED_FOR,
                        RULE,
                        entry.isEmpty()
                                ? "The " + X_FORWARDED_FOR + " header has an empty entry."
                                : "The " + X_FORWARDED_FOR + " header's entry " + Problems.echo(entry)
                                        + " is not a valid IPv4 or IPv6 address.");
            }
            canonical.add(address);
        }
        return canonical.get(Math.max(0, canonical.size() - Math.max(1, hops)));
    }

    /**
     * An IP address literal in canonical form ({@code 2001:db8::7} for {@code 2001:DB8:0::7}, {@code 192.0.2.1} for
     * {@code ::ffff:192.0.2.1}); null when it is not one.
     */
    public static String canonical(String literal) {
        if (IPV4.matcher(literal).matches()) {
            return literal;
        }
        if (literal.contains(":") && IPV6_CHARACTERS.matcher(literal).matches()) {
            try {
                // A literal of hex digits, colons and dots is parsed, never resolved. An IPv4-mapped address comes
                // back as the IPv4 address it maps.
                return InetAddress.getByName(literal).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                return null;
            }
        }
        return null;
    }
}
