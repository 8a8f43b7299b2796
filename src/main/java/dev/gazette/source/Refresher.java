package dev.gazette.source;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.files.FileErrors;
import dev.gazette.source.FetchError.Kind;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Refreshes sources against the cache, many at once under the limits of
 * {@link FetchSettings} (8 at once, 2 per host), on its own worker threads: the caller's
 * thread never waits. Each source ends as one {@link RefreshResult}, in the returned
 * future. A failure of one source never holds up or hides the others, and never removes
 * its cached copy. Asking for a URL that is already being fetched joins that fetch.
 */
public final class Refresher implements AutoCloseable {
    private final FeedCache cache;
    private final Fetcher fetcher;
    private final Clock clock;
    private final ExecutorService workers;
    private final FetchScheduler scheduler;
    private final Map<URI, CompletableFuture<RefreshResult>> inFlight = new ConcurrentHashMap<>();

    public Refresher(FeedCache cache, FetchSettings settings, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.fetcher = new Fetcher(settings, clock);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.maxConcurrent(), r -> {
            Thread t = new Thread(r, "gazette-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scheduler = new FetchScheduler(settings.maxConcurrent(), settings.maxPerHost(), workers);
    }

    /** With the default settings and the system clock. */
    public Refresher(FeedCache cache) {
        this(cache, FetchSettings.defaults(), Clock.systemUTC());
    }

    /** Refreshes one source (the {@code r} key). A file source completes at once as {@link RefreshResult.Local}. */
    public CompletableFuture<RefreshResult> refresh(Source source) {
        return refresh(source, LoadListener.NONE);
    }

    /**
     * The same, {@code listener} told when the download begins (at once when one for the URL
     * is running already, else once the scheduler gives it a connection to its server), then
     * how the reading of a new body goes. A caller that joins a running fetch is told only
     * that it started.
     */
    public CompletableFuture<RefreshResult> refresh(Source source, LoadListener listener) {
        if (source instanceof FileSource f) return CompletableFuture.completedFuture(new RefreshResult.Local(f));
        UrlSource u = (UrlSource) source;
        CompletableFuture<RefreshResult> mine = new CompletableFuture<>();
        CompletableFuture<RefreshResult> running = inFlight.putIfAbsent(u.url(), mine);
        if (running != null) {
            listener.started();
            return running.thenApply(r -> relabel(r, u));
        }
        scheduler.submit(hostKey(u.url()), () -> {
                    listener.started();
                    return fetchAndStore(u, listener);
                })
                .whenComplete((result, error) -> {
                    inFlight.remove(u.url(), mine);
                    if (error != null) {
                        mine.complete(new RefreshResult.Failed(u, FetchError.of(Kind.NETWORK, "internal error: " + error),
                                cache.copy(u.url()), Optional.empty()));
                    } else {
                        mine.complete(result);
                    }
                });
        return mine;
    }

    /** "Per host" means per server: the host name and the port. */
    static String hostKey(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private RefreshResult fetchAndStore(UrlSource source, LoadListener listener) {
        URI url = source.url();
        FeedCache.Meta meta = cache.meta(url);
        Optional<CachedCopy> old = cache.copy(url, meta);
        Optional<URI> remembered = FeedCache.uri(meta.movedTo);
        Instant now = clock.instant();
        Optional<Instant> notBefore = FeedCache.instant(meta.retryNotBefore);
        if (notBefore.isPresent() && now.isBefore(notBefore.get())) {
            FetchError wait = new FetchError(Kind.RETRY_LATER, "the server asked to wait: " + RetryAfter.text(notBefore.get(), now),
                    Optional.empty(), notBefore);
            return new RefreshResult.Failed(source, wait, old, remembered);
        }
        // Without the body, a 304 would leave nothing to show: ask unconditionally then.
        Validators validators = old.isPresent() ? meta.validators() : Validators.NONE;
        FetchOutcome outcome = fetcher.fetch(remembered.orElse(url), validators, cache.folder());
        Optional<URI> movedTo = outcome.movedTo().or(() -> remembered);
        // A failed fetch moved nothing: see FeedCache.noteFailure.
        Optional<URI> stillAt = outcome instanceof FetchOutcome.Failed ? remembered : movedTo;
        Instant done = clock.instant();
        try {
            if (outcome instanceof FetchOutcome.Downloaded d) {
                // Read before it is stored: a body cut short yet sent as whole (no length, the
                // connection closed) or an error sent as 200 would otherwise replace the last good
                // copy, and its ETag would make every later fetch a 304 for the broken one.
                Feed feed;
                try {
                    feed = FeedLoader.load(d.temp(), listener, d.finalUrl().toString());
                } catch (FeedException e) {
                    deleteQuietly(d);
                    String problem = e.getMessage().replace(d.temp().toString(), source.display());
                    return new RefreshResult.Failed(source, FetchError.of(Kind.UNREADABLE, problem), old, remembered);
                }
                try {
                    return new RefreshResult.Updated(source, cache.storeBody(url, d, meta, done), movedTo, feed);
                } catch (IOException e) {
                    deleteQuietly(d);   // the feed read from it keeps its bodies in memory
                    return new RefreshResult.Uncached(source, feed, cacheError(e));
                }
            }
            if (outcome instanceof FetchOutcome.NotModified n) {
                return new RefreshResult.NotModified(source, cache.confirm(url, n, meta, done), movedTo);
            }
            FetchOutcome.Failed f = (FetchOutcome.Failed) outcome;
            cache.noteFailure(url, f, meta);
            return new RefreshResult.Failed(source, f.error(), old, stillAt);
        } catch (IOException e) {
            if (outcome instanceof FetchOutcome.Downloaded d) deleteQuietly(d);
            return new RefreshResult.Failed(source, cacheError(e), old, stillAt);
        }
    }

    private FetchError cacheError(IOException e) {
        return FetchError.of(Kind.CACHE, cache.folder() + ": the cache cannot be written (" + FileErrors.reason(e) + ")");
    }

    private static void deleteQuietly(FetchOutcome.Downloaded d) {
        try {
            java.nio.file.Files.deleteIfExists(d.temp());
        } catch (IOException e) {
            // A stray .part file in the cache is harmless.
        }
    }

    /** A joined fetch reports under the source its caller asked about (titles and tags may differ). */
    private static RefreshResult relabel(RefreshResult r, UrlSource asked) {
        if (r instanceof RefreshResult.Updated x) return new RefreshResult.Updated(asked, x.cached(), x.movedTo(), x.feed());
        if (r instanceof RefreshResult.NotModified x) return new RefreshResult.NotModified(asked, x.cached(), x.movedTo());
        if (r instanceof RefreshResult.Failed x) return new RefreshResult.Failed(asked, x.error(), x.cached(), x.movedTo());
        if (r instanceof RefreshResult.Uncached x) return new RefreshResult.Uncached(asked, x.feed(), x.error());
        return r;
    }

    /** Stops the workers; fetches under way are abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
        fetcher.close();
    }
}
