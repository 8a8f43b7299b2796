package dev.gazette.source;

import dev.gazette.feed.LoadListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many sources at once: limits, progress as each finishes, the caller never waiting, offline reading. */
class RefresherTest {
    @TempDir
    Path dir;
    FeedCache cache;
    TestClock clock = new TestClock();
    final List<TestServer> servers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cache = new FeedCache(dir.resolve("cache"));
    }

    @AfterEach
    void tearDown() {
        servers.forEach(TestServer::close);
    }

    TestServer server() throws IOException {
        TestServer s = new TestServer();
        servers.add(s);
        return s;
    }

    @Test
    void aFetchSaysWhenItsDownloadBeginsAndOneWaitingForItsHostSaysSoLater() throws Exception {
        TestServer s = server();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoIn = new CountDownLatch(2);
        s.on("/", ex -> {
            twoIn.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestServer.send(ex, 200, "application/json", FetchTest.FEED);
        });
        List<String> started = new CopyOnWriteArrayList<>();
        FetchSettings settings = FetchSettings.defaults().withConcurrency(8, 2);
        try (Refresher refresher = new Refresher(cache, settings, clock)) {
            List<CompletableFuture<RefreshResult>> all = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                all.add(refresher.refresh(new UrlSource(s.url("/" + name)), startedAs(name, started)));
            }
            assertTrue(twoIn.await(10, TimeUnit.SECONDS), "two downloads reach the server");
            assertEquals(List.of("a", "b"), started.stream().sorted().toList(), "the third waits for its host");
            CompletableFuture<RefreshResult> joined = refresher.refresh(new UrlSource(s.url("/a")), startedAs("a again", started));
            assertTrue(started.contains("a again"), "joining a running download: begun already");
            release.countDown();
            for (CompletableFuture<RefreshResult> f : all) f.get(10, TimeUnit.SECONDS);
            joined.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("a", "a again", "b", "c"), started.stream().sorted().toList());
        }
    }

    @Test
    void noMoreThanTwoAtOncePerHostAndTheTotalCapOverall() throws IOException {
        AtomicInteger total = new AtomicInteger();
        AtomicInteger maxTotal = new AtomicInteger();
        Map<Integer, AtomicInteger> perHost = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> maxPerHost = new ConcurrentHashMap<>();
        List<UrlSource> sources = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            TestServer s = server();
            int port = s.server.getAddress().getPort();
            perHost.put(port, new AtomicInteger());
            maxPerHost.put(port, new AtomicInteger());
            s.on("/", ex -> {
                maxTotal.accumulateAndGet(total.incrementAndGet(), Math::max);
                maxPerHost.get(port).accumulateAndGet(perHost.get(port).incrementAndGet(), Math::max);
                try {
                    // The server's own work; long enough for the client to open every connection it may.
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                perHost.get(port).decrementAndGet();
                total.decrementAndGet();
                TestServer.send(ex, 200, "application/json", FetchTest.FEED);
            });
            for (int i = 0; i < 8; i++) sources.add(new UrlSource(s.url("/feed" + i)));
        }
        FetchSettings settings = FetchSettings.defaults().withConcurrency(4, 2);
        try (Refresher refresher = new Refresher(cache, settings, clock)) {
            List<RefreshResult> results = all(refresher, sources, r -> { }).orTimeout(60, TimeUnit.SECONDS).join();
            assertTrue(results.stream().allMatch(r -> r instanceof RefreshResult.Updated), results.toString());
        }
        for (AtomicInteger max : maxPerHost.values()) assertTrue(max.get() <= 2, "per host: " + max.get());
        assertTrue(maxTotal.get() <= 4, "in all: " + maxTotal.get());
        assertTrue(maxTotal.get() >= 2, "fetches did overlap: " + maxTotal.get());
    }

    @Test
    void theCallerNeverWaitsAndHearsOfEachSourceAsItFinishes() throws IOException {
        TestServer s = server();
        CountDownLatch release = new CountDownLatch(1);
        s.on("/slow", ex -> {
            FetchTest.await(release);
            TestServer.send(ex, 200, "application/json", FetchTest.FEED);
        });
        s.on("/fast", ex -> TestServer.send(ex, 200, "application/json", FetchTest.FEED));
        Path local = dir.resolve("local.json");
        List<Source> sources = List.of(new UrlSource(s.url("/slow")), new FileSource(local),
                new UrlSource(s.url("/fast")), new UrlSource(s.url("/missing")));
        List<RefreshResult> heard = new CopyOnWriteArrayList<>();
        try (Refresher refresher = new Refresher(cache, FetchSettings.defaults(), clock)) {
            var all = all(refresher, sources, heard::add);
            assertFalse(all.isDone(), "refresh returned a result while a fetch was still waiting");
            // Everything but the slow one arrives while it waits.
            waitFor(() -> heard.size() == 3);
            assertFalse(all.isDone());
            release.countDown();
            List<RefreshResult> results = all.orTimeout(30, TimeUnit.SECONDS).join();
            assertEquals(4, heard.size());
            assertEquals(sources, results.stream().map(RefreshResult::source).toList(), "results in the order asked");
            assertEquals(List.of("updated", "file", "updated", "HTTP 404 not found"),
                    results.stream().map(RefreshResult::status).toList());
            assertEquals(Optional.of(local), results.get(1).feedFile());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aUrlAlreadyBeingFetchedIsNotFetchedTwice() throws IOException {
        TestServer s = server();
        CountDownLatch release = new CountDownLatch(1);
        s.on("/feed", ex -> {
            FetchTest.await(release);
            TestServer.send(ex, 200, "application/json", FetchTest.FEED);
        });
        try (Refresher refresher = new Refresher(cache, FetchSettings.defaults(), clock)) {
            UrlSource plain = new UrlSource(s.url("/feed"));
            UrlSource titled = plain.withLabels(Optional.of("Mine"), List.of());
            var first = refresher.refresh(plain);
            var second = refresher.refresh(titled);
            release.countDown();
            assertEquals(plain, first.orTimeout(30, TimeUnit.SECONDS).join().source());
            assertEquals(titled, second.orTimeout(30, TimeUnit.SECONDS).join().source());
            assertEquals(1, s.hits("/feed"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aDamagedSidecarCountsAsNothingCached() throws IOException {
        URI url = URI.create("https://example.com/feed");
        Files.createDirectories(cache.folder());
        Files.writeString(cache.bodyFile(url), FetchTest.FEED);
        Files.writeString(cache.metaFile(url), "{ not json");
        assertEquals(Optional.empty(), cache.copy(url));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met within 30 s");
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    /** Every source refreshed at once, as R does, onEach told of each as it ends: the results in the order of the sources. */
    private static CompletableFuture<List<RefreshResult>> all(Refresher refresher, List<? extends Source> sources,
                                                               Consumer<RefreshResult> onEach) {
        List<CompletableFuture<RefreshResult>> each = sources.stream()
                .map(source -> refresher.refresh(source).whenComplete((r, e) -> onEach.accept(r))).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
    }

    /** A listener that adds {@code name} to {@code started} when its download begins. */
    static LoadListener startedAs(String name, List<String> started) {
        return new LoadListener() {
            @Override
            public void progress(long bytesRead, long totalBytes, int itemsSoFar) { }

            @Override
            public void started() {
                started.add(name);
            }
        };
    }
}
