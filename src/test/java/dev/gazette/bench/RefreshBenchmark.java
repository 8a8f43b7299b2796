package dev.gazette.bench;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FeedList;
import dev.gazette.source.FeedsFile;
import dev.gazette.source.RefreshResult;
import dev.gazette.source.Refresher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One refresh of every feed in a feeds file, as Gazette's start-up will do it: fetch all
 * under the limits (8 at once, 2 per host) into the cache at CACHE_DIR, and load each feed
 * that changed as soon as it arrives (a 304 loads nothing). Prints one line:
 * {@code updated=50 not_modified=0 failed=0 articles=1500 ms=412}.
 *
 * <pre>java -cp bench-classes:gazette.jar dev.gazette.bench.RefreshBenchmark FEEDS_FILE CACHE_DIR</pre>
 */
public final class RefreshBenchmark {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        FeedList list = FeedsFile.read(Path.of(args[0]));
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        ExecutorService loaders = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try (Refresher refresher = new Refresher(new FeedCache(Path.of(args[1])))) {
            List<CompletableFuture<Void>> all = list.sources().stream()
                    .map(s -> refresher.refresh(s).thenAcceptAsync(r -> {
                        if (r instanceof RefreshResult.Updated u) {
                            updated.incrementAndGet();
                            try {
                                Feed feed = FeedLoader.load(u.cached().body());
                                articles.addAndGet(feed.articles().size());
                            } catch (FeedException e) {
                                failed.incrementAndGet();
                                System.err.println(s.display() + ": " + e.getMessage());
                            }
                        } else if (r instanceof RefreshResult.NotModified) {
                            notModified.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            System.err.println(s.display() + ": " + r.status());
                        }
                    }, loaders)).toList();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } finally {
            loaders.shutdown();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "updated=%d not_modified=%d failed=%d articles=%d ms=%d%n",
                updated.get(), notModified.get(), failed.get(), articles.get(), ms);
    }
}
