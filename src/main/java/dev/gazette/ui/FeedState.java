package dev.gazette.ui;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleOrder;
import dev.gazette.feed.Feed;
import dev.gazette.text.TextWidth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feed being read and where its loading stands. There is one load at a time: a
 * {@code generation} number names it, so progress arriving late from an older load is
 * recognised and dropped, and a reload asked for while one runs is queued, never doubled.
 *
 * @param title        the feed's title as plain text, worked out once per feed
 * @param complete     a whole feed has arrived at least once (so a failure keeps it)
 * @param loading      a load of {@code generation} is running
 * @param percent      how far it has got, for the header
 * @param started      the running load has stopped waiting: a URL's download has begun (it
 *                     waits for a free connection to its server first, and its row says so
 *                     until then), or its cached copy is being read
 * @param reloadQueued reload again once the running load ends (the file changed meanwhile, or r)
 * @param announce     say so in the status line when the running load ends (the user asked for it)
 */
public record FeedState(Feed feed, String title, Memo memo, long generation, boolean complete,
                        boolean loading, int percent, boolean started, boolean reloadQueued, boolean announce) {

    /**
     * Per-feed caches of text worked out from the articles: the same for the same feed. For
     * "All articles" it also knows which feed each article came from.
     */
    public static final class Memo {
        private final Map<Article, String> titles = Collections.synchronizedMap(new IdentityHashMap<>());
        private final HeadlineFilter filter;
        private final Map<Article, Integer> sources;

        Memo(List<Article> articles, Map<Article, Integer> sources) {
            this(articles, sources, null);
        }

        /** @param sourceWords for the merged list, each feed's name and tags, by feed; else null */
        Memo(List<Article> articles, Map<Article, Integer> sources, List<String> sourceWords) {
            // Not through titleOf: its map is for the rows drawn, and filling it with every
            // article cost the first letter typed in a 100,000-item list almost twice as long.
            filter = new HeadlineFilter(articles, HeadlineText::of,
                    sourceWords == null ? null : a -> sourceWords.get(sources.get(a)));
            this.sources = sources;
        }

        /** The text shown for an article in the list; untitled posts show their opening words. */
        public String titleOf(Article a) {
            return titles.computeIfAbsent(a, HeadlineText::of);
        }

        /** The feed an article of the merged list came from, or -1 for a single feed's list. */
        int sourceOf(Article a) {
            Integer i = sources.get(a);
            return i == null ? -1 : i;
        }

        HeadlineFilter filter() {
            return filter;
        }
    }

    static final String ALL_TITLE = "All articles";

    public static FeedState empty() {
        return of(new Feed(null, null, null, null, List.of(), List.of(), 0, 0), false);
    }

    static FeedState of(Feed feed, boolean complete) {
        return new FeedState(feed, plainTitle(feed), new Memo(feed.articles(), Map.of()), 0, complete, false, 0, false, false,
                false);
    }

    /** "All articles": every feed's articles, newest first (undated ones last, in feed order). */
    static FeedState all(List<FeedEntry> entries) {
        List<Article> merged = new ArrayList<>();
        Map<Article, Integer> sources = new IdentityHashMap<>();
        // The filter finds an article by its feed too: the name in the source column, and the
        // feeds file's tags (newsboat's urls file files feeds under them: "/tech").
        List<String> sourceWords = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < entries.size(); i++) {
            FeedState f = entries.get(i).feed();
            sourceWords.add(entries.get(i).name() + "\n" + String.join("\n", entries.get(i).tags()));
            complete &= f.complete() || f.articles().isEmpty() && !f.loading();
            for (Article a : f.articles()) {
                merged.add(a);
                sources.put(a, i);
            }
        }
        merged.sort(ArticleOrder.NEWEST_FIRST);
        Feed feed = new Feed(ALL_TITLE, null, null, null, merged, List.of(), 0, 0);
        return new FeedState(feed, ALL_TITLE, new Memo(feed.articles(), sources, sourceWords), 0, complete, false, 0, false,
                false, false);
    }

    FeedState withFeed(Feed newFeed, boolean isComplete) {
        return new FeedState(newFeed, plainTitle(newFeed), new Memo(newFeed.articles(), Map.of()), generation,
                complete || isComplete, loading, percent, started, reloadQueued, announce);
    }

    /** The feed is being read for the first time: what the list shows is not all there is yet. */
    boolean firstReading() {
        return loading && !complete;
    }

    /** A new load starts: the generation moves on, whatever ran before is superseded. */
    FeedState startLoad(boolean announceEnd) {
        return new FeedState(feed, title, memo, generation + 1, complete, true, 0, false, false, announceEnd);
    }

    FeedState progress(int newPercent) {
        return new FeedState(feed, title, memo, generation, complete, loading, newPercent, started, reloadQueued, announce);
    }

    FeedState withStarted() {
        return new FeedState(feed, title, memo, generation, complete, loading, percent, true, reloadQueued, announce);
    }

    FeedState loadEnded() {
        return new FeedState(feed, title, memo, generation, complete, false, 0, false, false, false);
    }

    FeedState queueReload(boolean announceEnd) {
        return new FeedState(feed, title, memo, generation, complete, loading, percent, started, true, announce || announceEnd);
    }

    List<Article> articles() {
        return feed.articles();
    }

    private static String plainTitle(Feed f) {
        return f.title() == null ? "Gazette" : TextWidth.plainTitle(f.title());
    }
}
