package dev.gazette;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three feeds (JSON Feed, RSS, Atom) from a local server, in the built jar in tmux: the feeds
 * screen, All articles, a comment on an article of the second feed; then the server stops
 * and a restart reads everything from the cache, the comment included.
 */
class FeedsEndToEndIT {
    static final Path JAR = EndToEndIT.JAR;

    @TempDir
    Path dir;

    HttpServer server;

    @BeforeAll
    static void needsTmuxAndTheJar() {
        Tmux.requireTmuxAndJar(JAR);
    }

    @AfterEach
    void stopServer() {
        if (server != null) server.stop(0);
    }

    void serve(String path, String resource, String type) throws IOException {
        byte[] body;
        try (InputStream in = FeedsEndToEndIT.class.getResourceAsStream(resource)) {
            body = in.readAllBytes();
        }
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
    }

    Tmux start(List<String> urls) throws IOException {
        List<String> command = new ArrayList<>(List.of("env",
                "XDG_CACHE_HOME=" + dir.resolve("cache"), "XDG_DATA_HOME=" + dir.resolve("data"),
                "XDG_CONFIG_HOME=" + dir.resolve("config"), "XDG_STATE_HOME=" + dir.resolve("state"),
                "java", "-jar", JAR.toString(), "--author", "e2e-tester"));
        command.addAll(urls);
        return new Tmux(100, 30, dir, command.toArray(new String[0]));
    }

    @Test
    void threeFeedsACommentAndThenEverythingFromTheCache() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/news.json", "/feeds/scripts.json", "application/feed+json");
        serve("/herald.rss", "/feeds/rss2-channel-and-items.xml", "application/rss+xml");
        serve("/notes.atom", "/feeds/atom-basics.xml", "application/atom+xml");
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        List<String> urls = List.of(base + "/news.json", base + "/herald.rss", base + "/notes.atom");
        String comment = "Commented from the feeds screen";

        try (Tmux t = start(urls)) {
            t.waitFor("All articles", "The Gazette & Herald", "Notes <and> Queries", "fetched");
            t.keys("Enter");
            t.waitFor("All articles — ", "Tags & bold ★", "Plain description");
            t.keys("q");
            t.waitFor("Gazette — 3 feeds");
            t.keys("j", "j", "Enter");
            t.waitFor("The Gazette & Herald — ");
            t.keys("Enter");
            t.waitFor("> c to comment", "Just words, with an ampersand");
            t.keys("c");
            t.type(comment);
            t.keys("Enter");
            t.waitFor("Comment saved", "Comments (1)");
            t.keys("Escape", "q", "q");
            assertEquals(0, t.waitForExit());
        }
        try (Stream<Path> files = Files.list(dir.resolve("data/gazette"))) {
            List<Path> journals = files.filter(p -> p.toString().endsWith(".comments.jsonl")).toList();
            assertEquals(1, journals.size(), journals.toString());
            assertTrue(journals.get(0).getFileName().toString().contains("herald.rss"), journals.toString());
            assertTrue(Files.readString(journals.get(0), StandardCharsets.UTF_8).contains(comment));
        }

        server.stop(0);
        server = null;
        try (Tmux t = start(urls)) {
            // The cached copies show at once; the background fetch then fails on each row.
            t.waitFor("The Gazette & Herald", "Notes <and> Queries", "connection refused");
            t.keys("j", "j", "Enter", "Enter");
            // Not "> c to comment": a refused fetch's two-row message may hold the input row.
            t.waitFor("Just words, with an ampersand");
            t.keys("G");
            t.waitFor(comment, "e2e-tester · ", "Comments (1)");
            t.keys("C-c");
            assertEquals(0, t.waitForExit());
        }
    }
}
