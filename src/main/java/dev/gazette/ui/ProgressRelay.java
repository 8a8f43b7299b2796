package dev.gazette.ui;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.LoadListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Passes the first part of a big feed to the screen while the rest loads: collects
 * articles on the loading thread and posts the percentage read, as soon as a screenful is
 * in, then at most every 250 ms (each post is a frame; drawn every 100 ms, the frames cost
 * a 100,000-item load about 4% of its time). The articles so far go along only when they
 * have grown by half since the last ones sent (else the same snapshot again): each snapshot
 * is a copy here and a new list on the screen's thread, and at 100,000 items a fresh one
 * every post cost the two cores more than the screen gained. Each event names its load's
 * generation, so one that arrives after a newer load started is dropped.
 */
final class ProgressRelay implements LoadListener {
    private static final long INTERVAL_NANOS = 250_000_000L;
    /** Enough rows for a first screen: sent without waiting for the next progress report. */
    static final int FIRST_SCREEN = 64;

    private final int source;
    private final long generation;
    private final Consumer<Event> post;
    private final List<Article> soFar = new ArrayList<>();
    private String title;
    private long lastPost;
    private long bytesRead;
    private long totalBytes = -1;
    private Feed partial;

    private final LongSupplier clock;

    ProgressRelay(int source, long generation, Consumer<Event> post) {
        this(source, generation, post, System::nanoTime);
    }

    /** @param clock nanoseconds, as System.nanoTime counts them */
    ProgressRelay(int source, long generation, Consumer<Event> post, LongSupplier clock) {
        this.source = source;
        this.generation = generation;
        this.post = post;
        this.clock = clock;
    }

    @Override
    public void itemsStarting(String feedTitle) {
        title = feedTitle;
    }

    @Override
    public void article(Article a) {
        soFar.add(a);
        if (soFar.size() == FIRST_SCREEN) post();
    }

    /**
     * The articles come again from the first: the ones on screen stay (the last snapshot is
     * sent again) until the second reading has half as many more.
     */
    @Override
    public void restarting() {
        soFar.clear();
    }

    @Override
    public void started() {
        post.accept(new Event.FeedStarted(source, generation));
    }

    @Override
    public void progress(long read, long total, int itemsSoFar) {
        bytesRead = read;
        totalBytes = total;
        if (soFar.size() >= FIRST_SCREEN && clock.getAsLong() - lastPost >= INTERVAL_NANOS) post();
    }

    private void post() {
        lastPost = clock.getAsLong();
        int percent = totalBytes > 0 ? (int) Math.min(99, 100 * bytesRead / totalBytes) : 0;
        if (partial == null || soFar.size() >= partial.articles().size() * 3 / 2) {
            partial = new Feed(title, null, null, null, List.copyOf(soFar), List.of(), 0, 0);
        }
        post.accept(new Event.FeedProgress(source, generation, partial, percent));
    }
}
