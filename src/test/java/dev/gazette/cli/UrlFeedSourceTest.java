package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FetchSettings;
import dev.gazette.source.Refresher;
import dev.gazette.source.TestClock;
import dev.gazette.source.UrlNames;
import dev.gazette.source.UrlSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlFeedSourceTest {
    private static final byte[] FEED = ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Remote\","
            + " \"items\": [{\"id\": \"1\", \"title\": \"One\"}]}").getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    HttpServer server;

    private URI serveFeed() throws IOException {
        return serveFeed(new ArrayList<>());
    }

    /** A local server with the feed, answering 304 when asked with its ETag; {@code asked} gets each request's ETag. */
    private URI serveFeed(List<String> asked) throws IOException {
        return serve(asked, FEED.length);
    }

    /**
     * A local server that sends the first {@code bytes} of the feed with the whole one's ETag
     * (short of the whole: with no length and the connection closed, so the cut looks like the
     * end), and 304 to that ETag.
     */
    private URI serve(List<String> asked, int bytes) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.json", ex -> {
            String etag = ex.getRequestHeaders().getFirst("If-None-Match");
            asked.add(etag == null ? "whole" : etag);
            if ("\"v1\"".equals(etag)) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.getResponseHeaders().add("Content-Type", "application/feed+json");
                ex.sendResponseHeaders(200, bytes == FEED.length ? FEED.length : 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(FEED, 0, bytes);
                }
            }
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.json");
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    @Test
    void aNotModifiedAnswerSaysWhenTheFeedWasCheckedNotWhenItWasDownloaded() throws Exception {
        URI url = serveFeed();
        TestClock clock = new TestClock();   // 2025-03-01 12:00 UTC
        try (Refresher refresher = new Refresher(new FeedCache(dir), FetchSettings.defaults(), clock)) {
            UrlFeedSource source = new UrlFeedSource(new UrlSource(url), new FeedCache(dir), refresher, false, false,
                    ZoneOffset.UTC);
            assertEquals("One", source.load(LoadListener.NONE).articles().get(0).title());
            assertEquals("fetched 2025-03-01 12:00", source.freshness());
            clock.advance(Duration.ofMinutes(225));
            source.load(LoadListener.NONE);
            assertEquals("checked 2025-03-01 15:45, not modified", source.freshness());
        }
    }

    @Test
    void aBodyCutShortIsNotCachedSoItsEtagNeverConfirmsIt() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        URI url = serve(asked, FEED.length / 2);
        FeedCache cache = new FeedCache(dir);
        try (Refresher refresher = new Refresher(cache, FetchSettings.defaults(), new TestClock())) {
            UrlFeedSource source = new UrlFeedSource(new UrlSource(url), cache, refresher, false, false, ZoneOffset.UTC);
            for (int i = 0; i < 2; i++) {
                FeedException e = assertThrows(FeedException.class,
                        () -> source.load(LoadListener.NONE));
                assertTrue(e.getMessage().startsWith(url + ":1:"), e.getMessage());
                assertTrue(e.getMessage().contains("invalid JSON: the file ends too soon"), e.getMessage());
            }
            assertEquals(List.of("whole", "whole"), asked, "nothing was kept to ask about");
            assertTrue(cache.copy(url).isEmpty());
        }
    }

    /** What an older Gazette could have stored (or a damaged disk left): a cut body with the whole one's ETag. */
    private void cacheCutCopyWithWholeEtag(URI url) throws IOException {
        String name = UrlNames.of(url);
        Files.write(dir.resolve(name + ".feed"), Arrays.copyOf(FEED, FEED.length / 2));
        Files.writeString(dir.resolve(name + ".meta.json"), "{\"url\": \"" + url
                + "\", \"etag\": \"\\\"v1\\\"\", \"fetchedAt\": \"2025-03-01T12:00:00Z\"}");
    }

    @Test
    void aCachedCopyThatCannotBeReadIsFetchedWholeNextTime() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        URI url = serveFeed(asked);
        cacheCutCopyWithWholeEtag(url);
        FeedCache cache = new FeedCache(dir);
        try (Refresher refresher = new Refresher(cache, FetchSettings.defaults(), new TestClock())) {
            UrlFeedSource reader = new UrlFeedSource(new UrlSource(url), cache, refresher, false, true, ZoneOffset.UTC);
            assertThrows(FeedException.class, () -> reader.load(LoadListener.NONE),
                    "the cached copy is cut");
            assertEquals("One", reader.load(LoadListener.NONE).articles().get(0).title());
            assertEquals(List.of("whole"), asked, "no If-None-Match for a copy that could not be read");
        }
    }

    @Test
    void aCutCachedCopyTheServerConfirmsIsFetchedWholeAtOnce() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        URI url = serveFeed(asked);
        cacheCutCopyWithWholeEtag(url);
        FeedCache cache = new FeedCache(dir);
        try (Refresher refresher = new Refresher(cache, FetchSettings.defaults(), new TestClock())) {
            UrlFeedSource listing = new UrlFeedSource(new UrlSource(url), cache, refresher, false, false, ZoneOffset.UTC);
            assertEquals("One", listing.load(LoadListener.NONE).articles().get(0).title());
            assertEquals(List.of("\"v1\"", "whole"), asked, "a 304 for the cut copy, then the whole feed");
        }
    }

    @Test
    void aFeedLeftOpenIsDueAgainAnHourAfterItWasLastFetchedOnce() throws Exception {
        URI url = serveFeed();
        long[] now = {0};
        try (Refresher refresher = new Refresher(new FeedCache(dir), FetchSettings.defaults(), new TestClock())) {
            UrlFeedSource source = new UrlFeedSource(new UrlSource(url), new FeedCache(dir), refresher, false, false,
                    ZoneOffset.UTC, () -> now[0]);
            source.load(LoadListener.NONE);
            assertFalse(source.changed(), "just fetched");
            now[0] += UrlFeedSource.REFRESH_NANOS - 1;
            assertFalse(source.changed());
            now[0] += 1;
            assertTrue(source.changed(), "an hour later");
            assertFalse(source.changed(), "once: the watcher asks every second");
            UrlFeedSource offline = new UrlFeedSource(new UrlSource(url), new FeedCache(dir), refresher, true, true,
                    ZoneOffset.UTC, () -> now[0]);
            offline.load(LoadListener.NONE);
            now[0] += 10 * UrlFeedSource.REFRESH_NANOS;
            assertFalse(offline.changed(), "offline: never");
        }
    }

    @Test
    void eachLoadSaysWhenItStopsWaitingForItsFetchOrReadsTheCachedCopy() throws Exception {
        URI url = serveFeed();
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        LoadListener counting = new LoadListener() {
            @Override
            public void progress(long bytesRead, long totalBytes, int itemsSoFar) { }

            @Override
            public void started() {
                started.incrementAndGet();
            }
        };
        try (Refresher refresher = new Refresher(new FeedCache(dir), FetchSettings.defaults(), new TestClock())) {
            UrlFeedSource fetching = new UrlFeedSource(new UrlSource(url), new FeedCache(dir), refresher, false, false,
                    ZoneOffset.UTC);
            fetching.load(counting);
            assertEquals(1, started.get(), "the download began");
            UrlFeedSource reader = new UrlFeedSource(new UrlSource(url), new FeedCache(dir), refresher, false, true,
                    ZoneOffset.UTC);
            reader.load(counting);
            assertEquals(2, started.get(), "the reader's first load reads the cached copy at once");
            assertTrue(reader.changed(), "and asks for a fetch after");
            reader.load(counting);
            assertEquals(3, started.get());
        }
    }
}
