package dev.gazette.cli;

import dev.gazette.source.FeedCache;
import dev.gazette.source.FileSource;
import dev.gazette.source.Refresher;
import dev.gazette.source.Source;
import dev.gazette.source.UrlSource;
import dev.gazette.ui.FeedSource;

import java.time.ZoneId;
import java.util.List;

/** Where each source's feed is read from, the same for the reader and for --list/--check. */
final class FeedSources {
    private FeedSources() {}

    /** True when some source is a URL and Gazette may go online. */
    static boolean needNetwork(List<Source> sources, boolean offline) {
        return !offline && sources.stream().anyMatch(s -> s instanceof UrlSource);
    }

    /**
     * A file read as it is, or a URL through its cache.
     *
     * @param cacheFirst show a URL's cached copy first and fetch after, and leave a big file's
     *                   bodies in it until opened (the reader); false fetches at once and keeps
     *                   every body, for their warnings (--list, --check)
     */
    static FeedSource of(Source source, FeedCache cache, Refresher refresher, boolean offline, boolean cacheFirst,
                         ZoneId zone) {
        if (source instanceof UrlSource u) return new UrlFeedSource(u, cache, refresher, offline, cacheFirst, zone);
        return new FileFeedSource(((FileSource) source).path(), cacheFirst);
    }
}
