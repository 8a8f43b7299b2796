package dev.gazette.cli;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.source.CachedCopy;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FetchError;
import dev.gazette.source.RefreshResult;
import dev.gazette.source.Refresher;
import dev.gazette.source.UrlSource;
import dev.gazette.ui.FeedSource;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A feed at a URL, read through its cache: the first load shows the cached copy at once (if
 * there is one) and asks for a fetch, which the watcher starts a moment later; every later
 * load fetches (conditionally: a 304 reuses the feed already read, with no parse). While
 * Gazette stays open, a feed is fetched again an hour after it was last asked for, as
 * newsboat's reload-time does. Offline, only the cache is read. A failed fetch is a load
 * failure, so the screen keeps what it shows.
 */
final class UrlFeedSource implements FeedSource {
    private static final DateTimeFormatter FETCHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final UrlSource source;
    private final FeedCache cache;
    private final Refresher refresher;
    private final boolean offline;
    private final ZoneId zone;
    private volatile boolean fetchDue;
    private volatile boolean startedFromCache;
    /** --list and --check: fetch at once, and fall back to the cached copy when that fails. */
    private final boolean fetchFirst;
    private volatile String note;
    /** What the last fetch sent, when it was no readable feed: "URL:19:84: invalid XML: …"; else null. */
    private volatile String unreadable;
    /** The last fetch's 304 confirmed a cached copy that then could not be read. */
    private boolean confirmedButUnreadable;
    private volatile Feed last;
    private volatile String freshness;
    /** When the server was last asked (System.nanoTime), or NEVER. */
    private volatile long lastAsked = NEVER;
    private final LongSupplier nanoTime;

    /** A feed left open is fetched again after this long. */
    static final long REFRESH_NANOS = TimeUnit.MINUTES.toNanos(60);
    private static final long NEVER = Long.MIN_VALUE;

    /**
     * @param cacheFirst show the cached copy first and fetch after (the reader); false fetches
     *                   at once (--list, --check)
     */
    UrlFeedSource(UrlSource source, FeedCache cache, Refresher refresher, boolean offline, boolean cacheFirst,
                  ZoneId zone) {
        this(source, cache, refresher, offline, cacheFirst, zone, System::nanoTime);
    }

    /** @param nanoTime the clock the hourly refresh is timed by, as System.nanoTime counts */
    UrlFeedSource(UrlSource source, FeedCache cache, Refresher refresher, boolean offline, boolean cacheFirst,
                  ZoneId zone, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.source = source;
        this.startedFromCache = !cacheFirst;
        this.fetchFirst = !cacheFirst;
        this.cache = cache;
        this.refresher = refresher;
        this.offline = offline;
        this.zone = zone;
    }

    @Override
    public Feed load(LoadListener listener) throws FeedException {
        confirmedButUnreadable = false;
        try {
            return loadOnce(listener);
        } catch (FeedException e) {
            if (!confirmedButUnreadable) throw e;
            // The server confirmed (304) a copy that cannot be read (damaged on disk, or kept by an
            // older Gazette): its validators are gone now, so one more fetch gets the whole feed.
            return loadOnce(listener);
        }
    }

    private Feed loadOnce(LoadListener listener) throws FeedException {
        if (offline || !startedFromCache) {
            startedFromCache = true;
            Optional<CachedCopy> copy = cache.copy(source.url());
            if (copy.isPresent()) {
                listener.started();
                fetchDue = !offline;
                return read(copy.get(), listener, offline ? "offline: copy fetched " : "cached copy from ");
            }
            if (offline) throw new FeedException(source.display() + ": not fetched yet, and Gazette is offline");
        }
        fetchDue = false;
        lastAsked = nanoTime.getAsLong();
        RefreshResult result;
        note = null;
        unreadable = null;
        try {
            result = refresher.refresh(source, listener).join();
        } catch (CompletionException e) {
            return cachedInstead(source.display() + ": " + e.getCause().getMessage(), e.getCause().getMessage(), listener);
        }
        if (result instanceof RefreshResult.NotModified nm && last != null) {
            // When the server last said so, not when the copy was downloaded (hours before, maybe).
            freshness = "checked " + FETCHED.format(nm.cached().checkedAt().atZone(zone)) + ", not modified";
            return last;
        }
        if (result instanceof RefreshResult.Updated u) {
            last = u.feed();
            freshness = "fetched " + time(u.cached());
            return last;
        }
        if (result instanceof RefreshResult.Uncached u) {
            last = u.feed();
            freshness = "fetched, not cached";
            note = "fetched, but not cached (" + u.error().message() + ")";
            return last;
        }
        if (result instanceof RefreshResult.Failed f && f.error().kind() == FetchError.Kind.UNREADABLE) {
            // "URL:19:84: invalid XML: …", as --check says a file's problem; the note says it without the URL.
            String problem = f.error().message();
            unreadable = problem;
            String why = problem.startsWith(source.display() + ":") ? problem.substring(source.display().length() + 1) : problem;
            return cachedInstead(problem, "what it sent is unreadable: " + why.strip(), listener);
        }
        if (result instanceof RefreshResult.Failed f) {
            // An HTML page (a login wall, a parked domain) is what the server sends now, as much as a cut feed is.
            if (f.error().kind() == FetchError.Kind.HTML_PAGE) unreadable = source.display() + ": " + result.status();
            return cachedInstead(source.display() + ": " + result.status(), result.status(), listener);
        }
        CachedCopy copy = result.copy().orElseThrow(() -> new FeedException(source.display() + ": " + result.status()));
        try {
            return read(copy, listener, "fetched ");
        } catch (FeedException e) {
            confirmedButUnreadable = result instanceof RefreshResult.NotModified;
            throw e;
        }
    }

    /**
     * A fetch failed ({@code problem}, the whole message). --list and --check read the cached
     * copy then, as the reader shows it, and say so ({@link #note}, with {@code why}); the
     * reader's own fetches keep the copy on screen and say it there.
     */
    private Feed cachedInstead(String problem, String why, LoadListener listener) throws FeedException {
        Optional<CachedCopy> copy = fetchFirst ? cache.copy(source.url()) : Optional.empty();
        if (copy.isEmpty()) throw new FeedException(problem);
        Feed feed = read(copy.get(), listener, "cached copy from ");
        note = "could not be fetched (" + why + "); the cached copy from " + time(copy.get()) + " is used";
        return feed;
    }

    /** What the last fetch sent, when it was no readable feed (the cached copy was read instead); else null. */
    String unreadable() {
        return unreadable;
    }

    @Override
    public boolean waitsOnNetwork() {
        return !offline;
    }

    @Override
    public String note() {
        return note;
    }

    private Feed read(CachedCopy copy, LoadListener listener, String how) throws FeedException {
        try {
            last = FeedLoader.load(copy.body(), listener, copy.finalUrl().toString());
        } catch (FeedException e) {
            cache.distrust(source.url());
            // The cache file's name means nothing to the reader: name the URL instead.
            String message = e.getMessage().replace(copy.body().toString(), source.display());
            throw new FeedException(message);
        }
        freshness = how + time(copy);
        return last;
    }

    private String time(CachedCopy copy) {
        return FETCHED.format(copy.fetchedAt().atZone(zone));
    }

    /**
     * True when a fetch is due: the cached copy is on screen and the network not yet asked,
     * or an hour has gone by since it last was. The hourly one answers true once (the
     * watcher asks every second, and the load it starts takes a moment to begin).
     */
    @Override
    public boolean changed() {
        if (fetchDue) return true;
        long asked = lastAsked;
        if (offline || asked == NEVER || nanoTime.getAsLong() - asked < REFRESH_NANOS) return false;
        lastAsked = nanoTime.getAsLong();
        return true;
    }

    @Override
    public String freshness() {
        return freshness;
    }
}
