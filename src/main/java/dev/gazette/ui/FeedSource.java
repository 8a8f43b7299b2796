package dev.gazette.ui;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;

/**
 * Where a feed comes from: a file, or a URL through its cache. The effect runner loads it
 * on a worker thread and the watcher polls {@link #changed()} to pick up changes by itself.
 */
public interface FeedSource {
    Feed load(LoadListener listener) throws FeedException;

    /**
     * True when a load may wait on the network (a URL, not offline): such loads get threads of
     * their own, so that one waiting for its server never holds up a file's.
     */
    default boolean waitsOnNetwork() {
        return false;
    }

    /** True when the feed changed since the last {@link #load} (or, for a URL, a fetch is due); cheap. */
    boolean changed();

    /** When the copy last loaded was fetched, for the header ("fetched 2026-11-30 14:02"), or null for a file. */
    default String freshness() {
        return null;
    }

    /**
     * What the last load could not do and how it made up for it ("could not be fetched
     * (connection refused); the cached copy from 2026-11-30 14:02 is used"), or null.
     */
    default String note() {
        return null;
    }
}
