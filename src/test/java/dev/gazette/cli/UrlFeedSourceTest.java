package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gazette.feed.LoadListener;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FetchSettings;
import dev.gazette.source.Refresher;
import dev.gazette.source.TestClock;
import dev.gazette.source.UrlSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlFeedSourceTest {
    private static final byte[] FEED = ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Remote\","
            + " \"items\": [{\"id\": \"1\", \"title\": \"One\"}]}").getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    HttpServer server;

    /** A local server with the feed, answering 304 when asked with its ETag. */
    private URI serveFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.json", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.getResponseHeaders().add("Content-Type", "application/feed+json");
                ex.sendResponseHeaders(200, FEED.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(FEED);
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
