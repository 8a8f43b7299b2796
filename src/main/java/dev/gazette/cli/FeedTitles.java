package dev.gazette.cli;

import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.source.CachedCopy;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FileSource;
import dev.gazette.source.Source;
import dev.gazette.source.UrlSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A feed's own title, for --export-opml to name a source the feeds file gives no "~Title" for,
 * as newsboat's export does: read from the file, or from a URL's cached copy (nothing is
 * fetched), only as far as the items when the title comes before them.
 */
final class FeedTitles {
    private FeedTitles() { }

    /** Stops a load once the title has been seen: the rest of a big file is not needed. */
    private static final class Seen extends RuntimeException {
        final String title;

        Seen(String title) {
            super(null, null, false, false);
            this.title = title;
        }
    }

    static Optional<String> of(Source source, FeedCache cache) {
        Path file = null;
        if (source instanceof FileSource f) file = f.path();
        if (source instanceof UrlSource u) file = cache.copy(u.url()).map(CachedCopy::body).orElse(null);
        if (file == null || !Files.isRegularFile(file)) return Optional.empty();
        LoadListener untilTheItems = new LoadListener() {
            @Override
            public void progress(long bytesRead, long totalBytes, int itemsSoFar) { }

            @Override
            public void itemsStarting(String feedTitle) {
                if (feedTitle != null && !feedTitle.isBlank()) throw new Seen(feedTitle);
            }
        };
        try {
            return Optional.ofNullable(FeedLoader.load(file, untilTheItems, null, true).title()).filter(t -> !t.isBlank());
        } catch (FeedException e) {
            return e.getCause() instanceof Seen seen ? Optional.of(seen.title) : Optional.empty();
        }
    }
}
