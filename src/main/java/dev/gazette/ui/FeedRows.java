package dev.gazette.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Which feed each row of the feeds screen stands for: row 0 is All articles, then one row per
 * feed the feeds file does not hide, in order. Hidden feeds have no row, so a row is not
 * feed + 1 once one is hidden; every key that acts on "the selected feed" asks here.
 */
final class FeedRows {
    /** The feed index of row i + 1. */
    private final List<Integer> feeds;
    private final int hidden;

    private FeedRows(List<Integer> feeds, int hidden) {
        this.feeds = feeds;
        this.hidden = hidden;
    }

    static FeedRows of(List<FeedEntry> entries) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) if (!entries.get(i).hidden()) shown.add(i);
        return new FeedRows(shown, entries.size() - shown.size());
    }

    /** Rows on the screen, All articles included. */
    int count() {
        return feeds.size() + 1;
    }

    /** The feed row {@code row} shows, or {@link AppState#ALL} for All articles (and for a row past the end). */
    int feedAt(int row) {
        return row < 1 || row > feeds.size() ? AppState.ALL : feeds.get(row - 1);
    }

    /** Feeds with a row. */
    int visible() {
        return feeds.size();
    }

    /** Feeds without one. */
    int hidden() {
        return hidden;
    }
}
