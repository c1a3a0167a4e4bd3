package io.cloudsuite.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a free loopback port in front of a real backend that makes chosen answers late: the backend
 * always gets the request at once (so a write happens), and the answer of a chosen operation is held back for a
 * while, or swallowed with the connection closed. That is the congested network the SDK's attempt timeout and its
 * retries are for, which a stopped or frozen backend does not show.
 *
 * <p>Operations are named as the backend names them: a DynamoDB request by its {@code X-Amz-Target} action
 * ({@code PutItem}, {@code TransactWriteItems}, …), a Redis command by its name ({@code EVAL}, {@code GET}, …).
 * Answers on one connection travel in order, as on TCP: holding one holds those queued behind it.
 */
public final class LatencyProxy implements Closeable {

    private final String upstreamHost;
    private final int upstreamPort;
    private final String scheme;
    private final ServerSocket listener;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private LatencyProxy(URI upstream) throws IOException {
        this.upstreamHost = upstream.getHost();
        this.upstreamPort = upstream.getPort();
        this.scheme = upstream.getScheme();
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "latency-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy for the backend at {@code upstream} (e.g. {@code http://127.0.0.1:8000}). */
    public static LatencyProxy inFrontOf(URI upstream) {
        try {
            return new LatencyProxy(upstream);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a latency proxy for " + upstream, e);
        }
    }

    /** The proxy's address, in the upstream's scheme: what the service under test is pointed at. */
    public String uri() {
        return scheme + "://127.0.0.1:" + listener.getLocalPort();
    }

    /** Holds the answers of the next {@code times} requests of {@code operation} for {@code delay} each. */
    public LatencyProxy holdAnswers(String operation, Duration delay, int times) {
        rules.add(new Rule(operation, Optional.of(delay), new AtomicInteger(times)));
        return this;
    }

    /**
     * Sends the next {@code times} requests of {@code operation} to the backend, waits for its answer, then closes
     * the client's connection without it: the request was carried out, its answer is lost.
     */
    public LatencyProxy dropConnectionAfterRequest(String operation, int times) {
        rules.add(new Rule(operation, Optional.empty(), new AtomicInteger(times)));
        return this;
    }

    /** How many requests of {@code operation} reached the backend through this proxy (retries included). */
    public int requestsOf(String operation) {
        AtomicInteger count = seen.get(normalise(operation));
        return count == null ? 0 : count.get();
    }

    /**
     * Whether an answer is held back now: a request sent meanwhile on the same connection would queue behind it, so
     * a test waits for this to turn false before a step that must be answered on time.
     */
    public boolean holdsAnswers() {
        long now = System.nanoTime();
        return connections.stream().anyMatch(connection -> connection.holdUntilNanos - now > 0);
    }

    /** Forgets every rule and count; connections stay open. */
    public void reset() {
        rules.clear();
        seen.clear();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        open.forEach(LatencyProxy::closeQuietly);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket(upstreamHost, upstreamPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                Connection connection = new Connection(client, upstream);
                connections.add(connection);
                connection.start();
            } catch (IOException e) {
                if (!closed) {
                    // the upstream refused (stopped backend): the client sees its connection closed, as it would
                    continue;
                }
            }
        }
    }

    private Optional<Rule> ruleFor(String operation) {
        seen.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
        for (Rule rule : rules) {
            if (rule.operation.equals(operation) && rule.remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String operation) {
        return operation.toUpperCase(Locale.ROOT);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private record Rule(String operation, Optional<Duration> delay, AtomicInteger remaining) {

        Rule {
            operation = normalise(operation);
        }
    }

    /** One client connection and its own upstream connection, a thread for each direction. */
    private final class Connection {

        private final Socket client;
        private final Socket upstream;
        private final RequestFramer framer = new RequestFramer();
        /** Answers read from the backend are not passed on before this instant. */
        private volatile long holdUntilNanos = System.nanoTime();
        /** The next answer is swallowed and the client's connection closed. */
        private volatile boolean dropNextAnswer;

        Connection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void start() {
            daemon(this::requests, "requests").start();
            daemon(this::answers, "answers").start();
        }

        private Thread daemon(Runnable body, String direction) {
            Thread thread = new Thread(body, "latency-proxy-" + client.getPort() + "-" + direction);
            thread.setDaemon(true);
            return thread;
        }

        private void requests() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = client.getInputStream();
                    OutputStream out = upstream.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    // Decide before forwarding: the backend may answer within microseconds of getting the request.
                    for (String operation : framer.completed(buffer, read)) {
                        ruleFor(normalise(operation))
                                .ifPresent(rule -> rule.delay()
                                        .ifPresentOrElse(
                                                delay -> holdUntilNanos =
                                                        Math.max(holdUntilNanos, System.nanoTime() + delay.toNanos()),
                                                () -> dropNextAnswer = true));
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException connectionGone) {
                // either side closed
            } finally {
                closeBoth();
            }
        }

        private void answers() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = upstream.getInputStream();
                    OutputStream out = client.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (dropNextAnswer) {
                        return; // the answer is lost with the connection
                    }
                    long wait = holdUntilNanos - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException connectionGone) {
                // either side closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            closeQuietly(client);
            closeQuietly(upstream);
            open.remove(client);
            open.remove(upstream);
            connections.remove(this);
        }
    }

    /**
     * Cuts the request bytes of one connection into requests and names each: HTTP/1.1 with a Content-Length (the
     * DynamoDB SDK's requests) by its X-Amz-Target action, RESP arrays (Redis) by their command.
     */
    static final class RequestFramer {

        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        List<String> completed(byte[] bytes, int length) {
            pending.write(bytes, 0, length);
            byte[] data = pending.toByteArray();
            List<String> operations = new ArrayList<>();
            int position = 0;
            while (position < data.length) {
                int end = data[position] == '*'
                        ? redisCommandEnd(data, position, operations)
                        : httpRequestEnd(data, position, operations);
                if (end < 0) {
                    break;
                }
                position = end;
            }
            pending.reset();
            pending.write(data, position, data.length - position);
            return operations;
        }

        private static int httpRequestEnd(byte[] data, int start, List<String> operations) {
            int headersEnd = indexOf(data, start, "\r\n\r\n");
            if (headersEnd < 0) {
                return -1;
            }
            String headers = new String(data, start, headersEnd - start, StandardCharsets.ISO_8859_1);
            long contentLength = 0;
            String operation = "HTTP";
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    contentLength = Long.parseLong(value);
                } else if (name.equals("x-amz-target")) {
                    operation = value.substring(value.indexOf('.') + 1);
                }
            }
            long end = headersEnd + 4L + contentLength;
            if (end > data.length) {
                return -1;
            }
            operations.add(operation);
            return (int) end;
        }

        private static int redisCommandEnd(byte[] data, int start, List<String> operations) {
            int lineEnd = indexOf(data, start, "\r\n");
            if (lineEnd < 0) {
                return -1;
            }
            int count = Integer.parseInt(new String(data, start + 1, lineEnd - start - 1, StandardCharsets.US_ASCII));
            int position = lineEnd + 2;
            String command = null;
            for (int i = 0; i < count; i++) {
                int headerEnd = indexOf(data, position, "\r\n");
                if (headerEnd < 0) {
                    return -1;
                }
                int size = Integer.parseInt(
                        new String(data, position + 1, headerEnd - position - 1, StandardCharsets.US_ASCII));
                int valueStart = headerEnd + 2;
                if (valueStart + size + 2 > data.length) {
                    return -1;
                }
                if (command == null) {
                    command = new String(data, valueStart, size, StandardCharsets.UTF_8);
                }
                position = valueStart + size + 2;
            }
            operations.add(command == null ? "" : command);
            return position;
        }

        private static int indexOf(byte[] data, int from, String text) {
            byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = from; i <= data.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
