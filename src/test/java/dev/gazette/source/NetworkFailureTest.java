package dev.gazette.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures below HTTP: names, connections, TLS, a body cut short. Each is one line for the feed's row. */
class NetworkFailureTest {
    @TempDir
    Path dir;
    Refresher refresher;

    @BeforeEach
    void start() {
        // Generous: none of these cases waits on a timeout, and the first TLS handshake of a JVM on
        // a busy machine can take seconds (a short limit made the TLS case a flaky TIMEOUT).
        FetchSettings settings = FetchSettings.defaults().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30));
        refresher = new Refresher(new FeedCache(dir), settings, new TestClock());
    }

    @AfterEach
    void stop() {
        refresher.close();
    }

    FetchError error(URI url) {
        RefreshResult r = refresher.refresh(new UrlSource(url)).orTimeout(30, TimeUnit.SECONDS).join();
        return assertInstanceOf(RefreshResult.Failed.class, r).error();
    }

    @Test
    void anUnknownHostIsADnsFailure() {
        // .invalid never resolves (RFC 6761), so this touches no real server.
        FetchError e = error(URI.create("http://feeds.nonexistent.invalid/rss"));
        assertEquals(FetchError.Kind.DNS, e.kind());
        assertEquals("host not found: feeds.nonexistent.invalid", e.message());
    }

    @Test
    void aPortWithNothingListeningIsRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchError e = error(URI.create("http://127.0.0.1:" + port + "/feed"));
        assertEquals(FetchError.Kind.REFUSED, e.kind());
        assertEquals("connection refused by 127.0.0.1:" + port, e.message());
    }

    @Test
    void aConnectionNeverAcceptedSaysWhichTimeRanOut() throws IOException {
        // A listening socket that never accepts, its queue filled: the next connection waits.
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> queued = new ArrayList<>();
            try {
                while (true) {
                    java.net.Socket c = new java.net.Socket();
                    try {
                        c.connect(s.getLocalSocketAddress(), 200);
                        queued.add(c);
                    } catch (java.net.SocketTimeoutException full) {
                        c.close();
                        break;
                    }
                }
                URI url = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/feed");
                refresher.close();
                refresher = new Refresher(new FeedCache(dir),
                        FetchSettings.defaults().withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(30)), new TestClock());
                assertEquals("could not connect within 0.3 s", error(url).message());
                refresher.close();
                refresher = new Refresher(new FeedCache(dir),
                        FetchSettings.defaults().withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(300)), new TestClock());
                assertEquals("no response within 0.3 s", error(url).message(), "the whole request's time ran out first");
            } finally {
                for (java.net.Socket c : queued) c.close();
            }
        }
    }

    @Test
    void httpsToAServerThatDoesNotSpeakTlsIsATlsError() throws IOException {
        // A plain HTTP answer to the TLS greeting, as from a server on the wrong port.
        try (RawServer raw = new RawServer("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", new byte[0], false)) {
            URI url = URI.create("https://127.0.0.1:" + raw.port() + "/feed");
            FetchError e = error(url);
            assertEquals(FetchError.Kind.TLS, e.kind());
            assertTrue(e.message().startsWith("TLS error: "), e.message());
            assertTrue(!e.message().contains("\n") && e.message().length() < 120, e.message());
        }
    }

    @Test
    void aServerThatClosesMidBodyGivesATruncatedBody() throws Exception {
        try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                + "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"cut")) {
            FetchError e = error(raw.url());
            assertEquals(FetchError.Kind.TRUNCATED, e.kind());
            assertTrue(e.message().startsWith("truncated: "), e.message());
        }
    }

    @Test
    void aGzipBodyCutShortIsTruncatedToo() throws Exception {
        byte[] gz = FetchTest.gzip(FetchTest.FEED.repeat(50).getBytes(StandardCharsets.UTF_8));
        String head = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + gz.length + "\r\n\r\n";
        try (RawServer raw = new RawServer(head, java.util.Arrays.copyOf(gz, gz.length / 2))) {
            FetchError e = error(raw.url());
            assertEquals(FetchError.Kind.TRUNCATED, e.kind());
        }
    }

    @Test
    void bytesThatAreNoGzipAtAllAreCalledDamagedNotCutShort() throws Exception {
        byte[] noise = new byte[5000];
        new java.util.Random(3).nextBytes(noise);
        noise[0] = 'x';   // never the gzip magic number
        String head = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + noise.length + "\r\n\r\n";
        try (RawServer raw = new RawServer(head, noise)) {
            FetchError e = error(raw.url());
            assertEquals("the compressed body is damaged (not in GZIP format)", e.message(), "all 5000 bytes were sent");
        }
    }

    /** Answers one request with exactly the bytes given, then closes the connection. */
    static final class RawServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        RawServer(String head) throws IOException {
            this(head, new byte[0]);
        }

        RawServer(String head, byte[] body) throws IOException {
            this(head, body, true);
        }

        /** wholeRequest false: answer after the first bytes, whatever they are (a TLS greeting has no blank line). */
        RawServer(String head, byte[] body, boolean wholeRequest) throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                // Every connection gets the same answer: a client that retries (the JDK's does
                // after a handshake cut short) must see it again rather than hang on the backlog.
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        answer(s, head, body, wholeRequest);
                    } catch (IOException e) {
                        // The test sees what the client saw.
                    }
                }
            }, "raw-server");
            thread.setDaemon(true);
            thread.start();
        }

        private static void answer(Socket s, String head, byte[] body, boolean wholeRequest) throws IOException {
            InputStream in = s.getInputStream();
            // Read the request up to its blank line; the answer does not depend on it.
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            if (!wholeRequest && in.read() < 0) return;
            while (wholeRequest && matched < 4) {
                int b = in.read();
                if (b < 0) return;
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
        }

        int port() {
            return socket.getLocalPort();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
