package dev.gazette.cli;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.LoadListener;
import dev.gazette.ui.TerminalLoop;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes the first part of a big feed to the screen while the rest loads: collects
 * articles on the loading thread and posts snapshots with the percentage read, one as
 * soon as the screen exists, then at most every 100 ms. Before the screen exists (small
 * feeds finish first) it only collects. Synchronized: the loader adds while the main
 * thread attaches.
 */
final class ProgressRelay implements LoadListener {
    private static final long INTERVAL_NANOS = 100_000_000L;
    /** Enough rows for a first screen: sent without waiting for the next progress report. */
    private static final int FIRST_SCREEN = 64;

    private final List<Article> soFar = new ArrayList<>();
    private TerminalLoop loop;
    private String title;
    private long lastPost;
    private long bytesRead;
    private long totalBytes = -1;

    /** From now on snapshots go to {@code target}; the first one at once. */
    synchronized void attach(TerminalLoop target) {
        loop = target;
        post();
    }

    @Override
    public synchronized void itemsStarting(String feedTitle) {
        title = feedTitle;
    }

    @Override
    public synchronized void article(Article a) {
        soFar.add(a);
        if (soFar.size() == FIRST_SCREEN) post();
    }

    @Override
    public synchronized void progress(long read, long total, int itemsSoFar) {
        bytesRead = read;
        totalBytes = total;
        if (System.nanoTime() - lastPost >= INTERVAL_NANOS) post();
    }

    private void post() {
        if (loop == null || soFar.isEmpty()) return;
        lastPost = System.nanoTime();
        int percent = totalBytes > 0 ? (int) Math.min(99, 100 * bytesRead / totalBytes) : 0;
        Feed partial = new Feed(title, null, null, null, List.copyOf(soFar), List.of(), 0, 0);
        loop.post(app -> app.loadProgress(partial, percent));
    }
}
