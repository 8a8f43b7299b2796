package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gazette.feed.Feed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML: external entities (XXE), DTDs fetched from a server, entity expansion and a
 * huge text node. A server on 127.0.0.1 counts every request a load might make.
 */
class XmlSecurityTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY secret \"leaked\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(dtd);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title></channel></rss>""";
        assertEquals("feed.xml:3:36: undefined entity &xxe; (declared in the file's DTD, which Gazette does not read)",
                XmlTestFiles.error(dir, xxe));
    }

    @Test
    void anExternalEntityOverHttpIsNeverFetched() {
        String xxe = "<!DOCTYPE rss [<!ENTITY web SYSTEM \"" + base + "/entity\">]>"
                + "<rss><channel><item><title>&web;</title></item></channel></rss>";
        assertTrue(XmlTestFiles.error(dir, xxe).contains("undefined entity &web;"));
        assertEquals(0, requests.get());
    }

    @Test
    void anExternalDtdIsNeverFetchedAndTheFeedStillLoads() throws Exception {
        Feed f = XmlTestFiles.load(dir, "<!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\">"
                + "<rss><channel><title>Fine</title><item><guid>1</guid></item></channel></rss>");
        assertEquals("Fine", f.title());
        Feed parameter = XmlTestFiles.load(dir, "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote;]>"
                + "<rss><channel><title>Also fine</title></channel></rss>");
        assertEquals("Also fine", parameter.title());
        assertEquals(0, requests.get());
    }

    @Test
    void billionLaughsIsRefusedInOneLineAtOnce() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            doc.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        doc.append("]>\n<rss><channel><title>&lol9;</title></channel></rss>");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> XmlTestFiles.error(dir, doc.toString()));
        assertEquals("feed.xml:14:22: undefined entity &lol9; (declared in the file's DTD, which Gazette does not read)", message);
    }

    @Test
    void aDtdCannotRedefineTheHtmlEntitiesReadInAttributes() throws Exception {
        // Laughs in the attribute, through a name Gazette recovers: the DTD is still not read.
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
                + "<!ENTITY eacute \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
                + "<rss><channel><item><guid>1</guid><enclosure url=\"https://example.org/caf&eacute;.mp3\"/></item></channel></rss>";
        Feed f = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> XmlTestFiles.load(dir, doc));
        assertEquals("https://example.org/café.mp3", f.articles().get(0).attachments().get(0).url());
    }

    @Test
    void manyHtmlEntitiesInAttributesAreNoExpansionAttack() throws Exception {
        // Each is one character: a big feed may have thousands, past any expansion count worth setting.
        StringBuilder doc = new StringBuilder("<rss><channel>");
        for (int i = 0; i < 5000; i++) {
            doc.append("<item><guid>").append(i).append("</guid><enclosure url=\"https://example.org/caf&eacute;").append(i)
                    .append(".mp3\"/></item>");
        }
        Feed f = XmlTestFiles.load(dir, doc.append("</channel></rss>").toString());
        assertEquals(5000, f.articles().size());
        assertTrue(f.articles().stream().allMatch(a -> a.attachments().get(0).url().startsWith("https://example.org/café")));
    }

    @Test
    void elementsNestedPastTheLimitAreRefusedWithTheirPlace() {
        String deep = "<rss version=\"2.0\"><channel><item><title>x</title>" + "<a>".repeat(600) + "</a>".repeat(600)
                + "</item></channel></rss>";
        String message = XmlTestFiles.error(dir, deep);
        assertTrue(message.matches("feed\\.xml:1:\\d+: invalid XML: maximum Element Depth limit \\(512\\) Exceeded"), message);
    }

    @Test
    void aLongTitleIsCutWithAWarning() throws Exception {
        Feed f = XmlTestFiles.load(dir, "<rss><channel><item><guid>g</guid><title>" + "x".repeat(100_000)
                + "</title></item></channel></rss>");
        assertEquals(XmlCursor.SHORT_LIMIT, f.articles().get(0).title().length());
        assertEquals(List.of("item 1: title is longer than 65536 characters; cut"),
                f.problems().stream().map(p -> p.message()).toList());
    }

    /**
     * 100 MB in one CDATA section, generated as a stream into a child JVM with a 96 MB heap
     * that reads it from a pipe: the body is cut at 8 M characters with a warning, and the
     * load neither stores the whole node nor runs out of memory.
     */
    @Test
    void aHundredMegabyteTextNodeLoadsInBoundedMemory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx96m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HugeTextNodeMain.class.getName()).redirectErrorStream(true).start();
        try {
            Thread feeder = new Thread(() -> {
                try (OutputStream out = child.getOutputStream()) {
                    out.write("<rss><channel><item><guid>big</guid><title>Big</title><description><![CDATA[".getBytes(StandardCharsets.UTF_8));
                    byte[] block = "All work and no play makes Jack a dull boy. ".repeat(1500).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < 100L << 20; written += block.length) out.write(block);
                    out.write("]]></description></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
                } catch (IOException childGone) {
                    // the child's output says why
                }
            });
            feeder.setDaemon(true);
            feeder.start();
            String output;
            try (InputStream in = child.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
            assertEquals(0, child.exitValue(), output);
            assertEquals("1 article; body 8388608 characters; item 1: description is longer than 8388608 characters; cut", output);
            assertFalse(output.contains("OutOfMemoryError"));
        } finally {
            child.destroyForcibly();
        }
    }
}
