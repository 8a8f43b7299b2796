package dev.gazette.cli;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.LoadListener;
import dev.gazette.ui.TerminalLoop;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes the first part of a big feed to the screen while the rest loads: collects
 * articles on the loading thread and, at most every 100 ms, posts a snapshot with the
 * percentage read. Before the screen exists (small feeds finish first) it only collects.
 */
final class ProgressRelay implements LoadListener {
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final List<Article> soFar = new ArrayList<>();
    private volatile TerminalLoop loop;
    private volatile String title;
    private long lastPost;

    void attach(TerminalLoop target) {
        loop = target;
    }

    @Override
    public void itemsStarting(String feedTitle) {
        title = feedTitle;
    }

    @Override
    public void article(Article a) {
        soFar.add(a);
    }

    @Override
    public void progress(long bytesRead, long totalBytes, int itemsSoFar) {
        TerminalLoop target = loop;
        long now = System.nanoTime();
        if (target == null || now - lastPost < INTERVAL_NANOS) return;
        lastPost = now;
        int percent = totalBytes > 0 ? (int) Math.min(99, 100 * bytesRead / totalBytes) : 0;
        Feed partial = new Feed(title, null, null, null, List.copyOf(soFar), List.of(), 0, 0);
        target.post(app -> app.loadProgress(partial, percent));
    }
}
