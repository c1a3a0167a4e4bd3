package io.cloudsuite.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.restassured.RestAssured;

/**
 * Sends requests byte for byte over a plain socket, as no HTTP client would: oversized, malformed or unfinished ones.
 * It talks to the service under test (rest-assured's port, which {@code @QuarkusTest} and
 * {@code @QuarkusIntegrationTest} set).
 */
public final class RawHttp {

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private RawHttp() {}

    /**
     * One answer as it came over the wire.
     *
     * @param status  0 when the server closed the connection without answering
     * @param headers lower-case names
     * @param closed  true when the answer said {@code Connection: close} and the server then closed the connection
     */
    public record Answer(int status, Map<String, String> headers, String body, boolean closed) {

        public boolean answered() {
            return status > 0;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body + (closed ? " (closed)" : "");
        }
    }

    public static Answer exchange(String request) {
        return exchange(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The same, with another port of the service under test (e.g. its management interface). */
    public static Answer exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Sends the bytes, then reads one answer (or sees the connection closed without one). A request whose body is
     * still owed keeps the connection open until the server answers or gives up.
     */
    public static Answer exchange(byte[] request) {
        return exchange(RestAssured.port, request);
    }

    private static Answer exchange(int port, byte[] request) {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException serverStoppedReading) {
                // The server may answer and close before reading everything (e.g. 413): the answer is still there.
            }
            return read(socket);
        } catch (IOException e) {
            throw new IllegalStateException("raw exchange with port " + port + " failed", e);
        }
    }

    /** Sends the bytes and goes away at once, as a client that dies mid-request. */
    public static void sendAndHangUp(String request) {
        try (Socket socket = connect(RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new IllegalStateException("raw send to port " + RestAssured.port + " failed", e);
        }
    }

    /** A connection of its own, for a test that holds it open or sends a request piece by piece. */
    public static Socket open() {
        try {
            return connect(RestAssured.port);
        } catch (IOException e) {
            throw new IllegalStateException("could not connect to port " + RestAssured.port, e);
        }
    }

    /** Sends bytes on an open connection; false when the server has already closed it. */
    public static boolean send(Socket socket, String bytes) {
        try {
            socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closedByServer) {
            return false;
        }
    }

    /** Reads one answer on an open connection, waiting at most {@code timeoutMillis} for its first byte. */
    public static Answer answer(Socket socket, int timeoutMillis) {
        try {
            socket.setSoTimeout(timeoutMillis);
            return read(socket);
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", true);
        }
    }

    /**
     * True when the server closes the connection within {@code timeoutMillis} (end of stream or reset); false when
     * it is still open then, or sent bytes instead.
     */
    public static boolean closedWithin(Socket socket, int timeoutMillis) {
        try {
            socket.setSoTimeout(timeoutMillis);
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String head;
        try {
            head = readHead(in);
        } catch (IOException resetOrTimeout) {
            return new Answer(0, Map.of(), "", true);
        }
        if (head.isEmpty()) {
            return new Answer(0, Map.of(), "", true);
        }
        // A caller's short timeout (answer(socket, millis)) bounds the wait for an answer to begin; once it has,
        // its body and the close it announces get the full read timeout, as in an exchange.
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        // HTTP/1.1 keeps a connection unless the answer says Connection: close; only then is a close to wait for
        // (within the read timeout). Waiting on every kept connection to see it stay open cost 300 ms an exchange.
        // An answer that closes without saying so counts as kept open, so a test expecting the close fails.
        boolean closing = "close".equalsIgnoreCase(headers.get("connection"));
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), closing && closedAfter(in));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < end.length && (b = in.read()) != -1) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }

    private static boolean closedAfter(InputStream in) {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
