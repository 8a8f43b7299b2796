package dev.gazette.source;

import dev.gazette.feed.Feed;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What refreshing one source came to, for its row on the feeds screen. Whatever happened,
 * {@link #feedFile()} is the file to load now (the new copy, the confirmed copy, the old
 * copy after a failure, or the feed file itself), and empty only when a URL was never
 * fetched; {@link #status()} is one line for the row or the status line.
 */
public sealed interface RefreshResult {
    Source source();

    /** The file to give the feed loader, if there is one. */
    Optional<Path> feedFile();

    /** The copy in the cache, for a URL; with its fetch time for the header. */
    Optional<CachedCopy> copy();

    /** Where a permanent redirect says the feed now lives (to show, and to offer to save). */
    default Optional<URI> movedTo() {
        return Optional.empty();
    }

    /** One line: "updated", "not modified", "cached (offline)", or the error. */
    String status();

    /** A file source: nothing to fetch, the file is read as it is. */
    record Local(FileSource source) implements RefreshResult {
        public Optional<Path> feedFile() {
            return Optional.of(source.path());
        }

        public Optional<CachedCopy> copy() {
            return Optional.empty();
        }

        public String status() {
            return "file";
        }
    }

    /**
     * A new body was downloaded, read as a feed ({@code feed}, so it is not read twice) and
     * only then put in the cache.
     */
    record Updated(UrlSource source, CachedCopy cached, Optional<URI> movedTo, Feed feed) implements RefreshResult {
        public Optional<Path> feedFile() {
            return Optional.of(cached.body());
        }

        public Optional<CachedCopy> copy() {
            return Optional.of(cached);
        }

        public String status() {
            return movedTo.map(u -> "updated; moved permanently to " + u).orElse("updated");
        }
    }

    /**
     * A new body was downloaded and read as a feed ({@code feed}), but the cache could not keep
     * it ({@code error}: a full disk, a folder that cannot be written): the feed is shown all the
     * same, and the cache keeps what it had.
     */
    record Uncached(UrlSource source, Feed feed, FetchError error) implements RefreshResult {
        public Optional<Path> feedFile() {
            return Optional.empty();
        }

        public Optional<CachedCopy> copy() {
            return Optional.empty();
        }

        public String status() {
            return "fetched, but not cached: " + error.message();
        }
    }

    /** The server confirmed the cached copy (304): nothing to parse again. */
    record NotModified(UrlSource source, CachedCopy cached, Optional<URI> movedTo) implements RefreshResult {
        public Optional<Path> feedFile() {
            return Optional.of(cached.body());
        }

        public Optional<CachedCopy> copy() {
            return Optional.of(cached);
        }

        public String status() {
            return movedTo.map(u -> "not modified; moved permanently to " + u).orElse("not modified");
        }
    }

    /** The fetch failed; the cached copy, if any, is kept and still shown. */
    record Failed(UrlSource source, FetchError error, Optional<CachedCopy> cached, Optional<URI> movedTo)
            implements RefreshResult {
        public Optional<Path> feedFile() {
            return cached.map(CachedCopy::body);
        }

        public Optional<CachedCopy> copy() {
            return cached;
        }

        public String status() {
            return error.message();
        }
    }

    /** The fetch time to show in a header: when the copy being shown was downloaded. */
    default Optional<Instant> fetchedAt() {
        return copy().map(CachedCopy::fetchedAt);
    }
}
