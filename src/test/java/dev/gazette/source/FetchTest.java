package dev.gazette.source;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One URL at a time against a real local server: the answers a feed reader meets in the wild. */
class FetchTest {
    static final String FEED = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[]}";

    @TempDir
    Path dir;
    TestServer server;
    TestClock clock = new TestClock();
    Refresher refresher;
    FeedCache cache;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        cache = new FeedCache(dir.resolve("cache"));
        refresher = new Refresher(cache, settings(), clock);
    }

    @AfterEach
    void stop() {
        refresher.close();
        server.close();
    }

    FetchSettings settings() {
        return FetchSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    RefreshResult refresh(String path) {
        return refresh(server.url(path));
    }

    RefreshResult refresh(URI url) {
        return refresher.refresh(new UrlSource(url)).orTimeout(30, TimeUnit.SECONDS).join();
    }

    static String body(RefreshResult r) throws IOException {
        return Files.readString(r.feedFile().orElseThrow());
    }

    @Test
    void aFeedIsFetchedCachedAndAnnouncedWithGazettesUserAgent() throws IOException {
        String[] userAgent = new String[1];
        server.on("/feed.json", ex -> {
            userAgent[0] = ex.getRequestHeaders().getFirst("User-Agent");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            TestServer.send(ex, 200, "application/feed+json", FEED);
        });
        RefreshResult r = refresh("/feed.json");
        RefreshResult.Updated u = assertInstanceOf(RefreshResult.Updated.class, r);
        assertEquals(FEED, body(r));
        assertEquals("updated", r.status());
        assertEquals(clock.instant(), u.cached().fetchedAt());
        assertEquals(server.url("/feed.json"), u.cached().finalUrl());
        assertEquals("Gazette/dev (+terminal news reader)", userAgent[0]);
        assertEquals(Optional.of(u.cached()), cache.copy(server.url("/feed.json")));
        assertTrue(Files.readString(cache.metaFile(server.url("/feed.json"))).contains("\"etag\": \"\\\"v1\\\"\""));
    }

    @Test
    void theSecondFetchSendsTheValidatorsAndA304CostsNothing() throws IOException {
        server.on("/feed.json", ex -> {
            boolean etagMatches = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            boolean dateMatches = "Sat, 01 Mar 2025 10:00:00 GMT".equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
            if (etagMatches && dateMatches) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Sat, 01 Mar 2025 10:00:00 GMT");
            TestServer.send(ex, 200, "application/feed+json", FEED);
        });
        RefreshResult first = refresh("/feed.json");
        assertInstanceOf(RefreshResult.Updated.class, first);
        clock.advance(Duration.ofMinutes(5));
        RefreshResult second = refresh("/feed.json");
        RefreshResult.NotModified n = assertInstanceOf(RefreshResult.NotModified.class, second);
        assertEquals("not modified", second.status());
        assertEquals(first.feedFile(), second.feedFile());
        assertEquals(FEED, body(second));
        assertEquals(first.fetchedAt(), second.fetchedAt(), "the copy is the one fetched first");
        assertEquals(clock.instant(), n.cached().checkedAt());
    }

    @Test
    void aBodyThatIsNoReadableFeedLeavesTheCachedCopyAndItsValidatorsAsTheyWere() throws IOException {
        java.util.concurrent.atomic.AtomicReference<String> body = new java.util.concurrent.atomic.AtomicReference<>(FEED);
        server.on("/feed.json", ex -> {
            ex.getResponseHeaders().set("ETag", body.get().equals(FEED) ? "\"v1\"" : "\"v2\"");
            TestServer.send(ex, 200, "application/feed+json", body.get());
        });
        RefreshResult first = refresh("/feed.json");
        String meta = Files.readString(cache.metaFile(server.url("/feed.json")));
        body.set(FEED.substring(0, FEED.length() - 10));
        clock.advance(Duration.ofMinutes(5));
        RefreshResult cut = refresh("/feed.json");
        RefreshResult.Failed u = assertInstanceOf(RefreshResult.Failed.class, cut);
        assertEquals(FetchError.Kind.UNREADABLE, u.error().kind());
        assertEquals(server.url("/feed.json") + ":1:" + (FEED.length() - 9) + ": invalid JSON: the file ends too soon",
                u.status().replaceFirst(", .*", ""));
        assertEquals(first.copy(), cut.copy(), "the old copy is still the one to show");
        assertEquals(FEED, body(cut));
        assertEquals(meta, Files.readString(cache.metaFile(server.url("/feed.json"))), "the ETag of the good copy stays");
    }

    @Test
    void withoutItsBodyTheCacheAsksUnconditionally() throws IOException {
        server.on("/feed.json", ex -> {
            if (ex.getRequestHeaders().getFirst("If-None-Match") != null) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            TestServer.send(ex, 200, "application/feed+json", FEED);
        });
        RefreshResult first = refresh("/feed.json");
        Files.delete(first.feedFile().orElseThrow());
        assertInstanceOf(RefreshResult.Updated.class, refresh("/feed.json"));
        assertEquals(FEED, body(refresh("/feed.json")));
    }

    @Test
    void gzipAndBothKindsOfDeflateAreDecoded() throws IOException {
        byte[] text = FEED.getBytes(StandardCharsets.UTF_8);
        server.on("/gzip", ex -> encoded(ex, "gzip", gzip(text)));
        server.on("/zlib", ex -> encoded(ex, "deflate", deflate(text, false)));
        server.on("/raw", ex -> encoded(ex, "deflate", deflate(text, true)));
        String[] accepted = new String[1];
        server.on("/plain", ex -> {
            accepted[0] = ex.getRequestHeaders().getFirst("Accept-Encoding");
            TestServer.send(ex, 200, "application/json", FEED);
        });
        assertEquals(FEED, body(refresh("/gzip")));
        assertEquals(FEED, body(refresh("/zlib")));
        assertEquals(FEED, body(refresh("/raw")));
        assertEquals(FEED, body(refresh("/plain")));
        assertEquals("gzip, deflate", accepted[0]);
    }

    @Test
    void aPermanentRedirectIsReportedAndRememberedATemporaryOneIsNot() throws IOException {
        server.on("/old", ex -> redirect(ex, 301, "/new"));
        server.on("/new", ex -> TestServer.send(ex, 200, "application/json", FEED));
        server.on("/moved-for-now", ex -> redirect(ex, 302, "/new"));
        RefreshResult r = refresh("/old");
        assertEquals(Optional.of(server.url("/new")), r.movedTo());
        assertEquals("updated; moved permanently to " + server.url("/new"), r.status());
        assertEquals(server.url("/new"), r.copy().orElseThrow().finalUrl());
        assertEquals(FEED, body(r));
        RefreshResult again = refresh("/old");
        assertEquals(1, server.hits("/old"), "the second fetch goes straight to the new URL");
        assertEquals(Optional.of(server.url("/new")), again.movedTo());
        assertEquals(Optional.empty(), refresh("/moved-for-now").movedTo());
    }

    @Test
    void aPermanentRedirectIntoALoopIsNotRememberedSoTheMendedFeedIsReadAgain() {
        boolean[] broken = {false};
        server.on("/flip", ex -> {
            if (broken[0]) redirect(ex, 301, "/loop");
            else TestServer.send(ex, 200, "application/json", FEED);
        });
        server.on("/loop", ex -> redirect(ex, 301, "/loop"));
        assertInstanceOf(RefreshResult.Updated.class, refresh("/flip"));
        broken[0] = true;
        RefreshResult failed = refresh("/flip");
        assertTrue(failed.status().startsWith("redirect loop"), failed.status());
        assertEquals(Optional.empty(), failed.movedTo(), "a move that ends in no feed is no move");
        broken[0] = false;
        RefreshResult mended = refresh("/flip");
        assertInstanceOf(RefreshResult.Updated.class, mended, mended.status());
        assertEquals(3, server.hits("/flip"), "asked at its own URL each time");
    }

    @Test
    void aFeedFetchedWhereTheCacheCannotBeWrittenIsReadAllTheSame() throws IOException {
        server.on("/feed.json", ex -> TestServer.send(ex, 200, "application/json", FEED));
        Path notAFolder = Files.writeString(dir.resolve("cache-is-a-file"), "");
        try (Refresher noCache = new Refresher(new FeedCache(notAFolder), settings(), clock)) {
            RefreshResult r = noCache.refresh(new UrlSource(server.url("/feed.json"))).orTimeout(30, TimeUnit.SECONDS).join();
            RefreshResult.Uncached u = assertInstanceOf(RefreshResult.Uncached.class, r, r.status());
            assertEquals("T", u.feed().title(), "the feed as it was sent");
            assertTrue(r.status().startsWith("fetched, but not cached: " + notAFolder + ": the cache cannot be written"),
                    r.status());
            assertEquals("", Files.readString(notAFolder), "nothing written where the cache was to be");
        }
    }

    @Test
    void redirectLoopsAndLongChainsAreRefused() {
        server.on("/a", ex -> redirect(ex, 302, "/b"));
        server.on("/b", ex -> redirect(ex, 302, "/a"));
        for (int i = 0; i < 7; i++) {
            int next = i + 1;
            server.on("/hop" + i, ex -> redirect(ex, 307, "/hop" + next));
        }
        server.on("/hop7", ex -> TestServer.send(ex, 200, "application/json", FEED));
        assertEquals("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"),
                refresh("/a").status());
        assertEquals("too many redirects (more than 5)", refresh("/hop0").status());
        assertEquals(6, server.hits("/hop0") + server.hits("/hop1") + server.hits("/hop2")
                + server.hits("/hop3") + server.hits("/hop4") + server.hits("/hop5"));
        assertEquals(0, server.hits("/hop6"));
        assertInstanceOf(RefreshResult.Updated.class, refresh("/hop2"), "five redirects are allowed");
    }

    @Test
    void errorStatusesAreOneLineAndTheCachedCopyStays() throws IOException {
        int[] status = {200};
        server.on("/feed", ex -> {
            if (status[0] == 200) TestServer.send(ex, 200, "application/json", FEED);
            else TestServer.send(ex, status[0], "text/html", "<h1>oops</h1>");
        });
        assertInstanceOf(RefreshResult.Updated.class, refresh("/feed"));
        status[0] = 404;
        RefreshResult r = refresh("/feed");
        RefreshResult.Failed f = assertInstanceOf(RefreshResult.Failed.class, r);
        assertEquals("HTTP 404 not found", r.status());
        assertEquals(FetchError.Kind.HTTP_STATUS, f.error().kind());
        assertEquals(FEED, body(r), "the last good copy is still shown");
        status[0] = 410;
        assertEquals("HTTP 410 gone (the feed was removed)", refresh("/feed").status());
        status[0] = 500;
        assertEquals("HTTP 500 internal server error", refresh("/feed").status());
        assertEquals(Optional.empty(), refresh("/nothing-here").feedFile());
    }

    @Test
    void retryAfterIsHonouredUntilItsTimeHasCome() {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            TestServer.send(ex, 429, "text/plain", "slow down");
        });
        RefreshResult r = refresh("/busy");
        FetchError e = assertInstanceOf(RefreshResult.Failed.class, r).error();
        assertEquals("HTTP 429 too many requests; retry after 120 s", e.message());
        assertEquals(FetchError.Kind.RETRY_LATER, e.kind());
        assertEquals(Optional.of(clock.instant().plusSeconds(120)), e.retryAt());
        clock.advance(Duration.ofSeconds(30));
        assertEquals("the server asked to wait: retry after 90 s", refresh("/busy").status());
        assertEquals(1, server.hits("/busy"), "no request before the time");
        clock.advance(Duration.ofSeconds(91));
        refresh("/busy");
        assertEquals(2, server.hits("/busy"));
    }

    @Test
    void a503WithAnHttpDateIsReadToo() {
        server.on("/down", ex -> {
            ex.getResponseHeaders().set("Retry-After", "Sat, 01 Mar 2025 12:10:00 GMT");
            TestServer.send(ex, 503, "text/plain", "maintenance");
        });
        assertEquals("HTTP 503 service unavailable; retry after 600 s", refresh("/down").status());
    }

    @Test
    void aSlowServerMeetsTheTimeout() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/silent", ex -> await(release));
        server.on("/dribble", ex -> {
            ex.sendResponseHeaders(200, 1000);
            OutputStream out = ex.getResponseBody();
            out.write(new byte[100]);
            out.flush();
            await(release);
        });
        refresher.close();
        refresher = new Refresher(cache, settings().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)), clock);
        try {
            RefreshResult r = refresh("/silent");
            assertEquals("no response within 0.3 s", r.status());
            assertEquals(FetchError.Kind.TIMEOUT, ((RefreshResult.Failed) r).error().kind());
            assertEquals("no complete answer within 0.3 s", refresh("/dribble").status());
        } finally {
            release.countDown();
        }
        try (var files = Files.list(cache.folder())) {
            assertEquals(List.of(), files.toList(), "no temporary file is left in the cache");
        }
    }

    @Test
    void aBodyOverTheCapIsRefusedWhetherAnnouncedChunkedOrCompressed() {
        byte[] big = new byte[5000];
        java.util.Arrays.fill(big, (byte) 'x');
        server.on("/announced", ex -> TestServer.send(ex, 200, "application/json", big));
        server.on("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(big);
            }
        });
        server.on("/bomb", ex -> encoded(ex, "gzip", gzip(new byte[100_000])));
        refresher.close();
        refresher = new Refresher(cache, settings().withMaxBytes(1000), clock);
        assertEquals("larger than 1000 bytes", refresh("/announced").status());
        assertEquals("larger than 1000 bytes", refresh("/chunked").status());
        assertEquals("larger than 1000 bytes", refresh("/bomb").status());
        assertEquals("larger than 50 MB", new FetchError(FetchError.Kind.TOO_LARGE,
                "larger than " + FetchErrors.size(FetchSettings.defaults().maxBytes()), Optional.empty(), Optional.empty()).message());
    }

    @Test
    void anHtmlPageNamesTheFeedItLinksTo() {
        server.on("/blog/", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", """
                <!DOCTYPE html>
                <html><head><title>Blog</title>
                <link rel="stylesheet" href="/style.css">
                <link rel="alternate" type="application/atom+xml" title="Atom" href="../feeds/atom.xml">
                </head><body><p>Hello</p></body></html>
                """));
        server.on("/plain.html", ex -> TestServer.send(ex, 200, "text/html", "<html><body>no feed</body></html>"));
        RefreshResult r = refresh("/blog/");
        FetchError e = assertInstanceOf(RefreshResult.Failed.class, r).error();
        assertEquals(FetchError.Kind.HTML_PAGE, e.kind());
        assertEquals(Optional.of(server.url("/feeds/atom.xml")), e.feedOffered());
        assertEquals("an HTML page, not a feed; it links to the feed " + server.url("/feeds/atom.xml"), e.message());
        assertEquals("an HTML page, not a feed, and it names no feed", refresh("/plain.html").status());
        assertEquals(Optional.empty(), cache.copy(server.url("/blog/")), "an HTML page is not cached as the feed");
    }

    static void redirect(HttpExchange ex, int status, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(status, -1);
    }

    static void encoded(HttpExchange ex, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Encoding", encoding);
        TestServer.send(ex, 200, "application/json", body);
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
