package dev.gazette.ui;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;

/**
 * Where the event loop gets the feed from, and whether it changed since the last load:
 * the loop polls {@link #changed()} to pick up edits to the file by itself.
 */
public interface FeedSource {
    Feed load(LoadListener listener) throws FeedException;

    /** True when the feed changed since the last {@link #load}; cheap (a stat). */
    boolean changed();
}
