package dev.gazette.ui;

import dev.gazette.feed.Article;

import java.util.List;

/**
 * Read marks from the article view: U opens the next unread article of the list as it is
 * shown (filtered), going round to the top as newsboat does, then on into the next feed with
 * unread articles, as newsboat's next-unread does; N toggles the open article's mark, so
 * "keep this for later" does not need a trip back to the list.
 */
final class ReadingOrder {
    private ReadingOrder() {}

    static Next nextUnread(AppState s) {
        HeadlinesState h = s.headlines();
        List<Article> rows = h.visible();
        int from = h.position().selected();
        for (int k = 1; k < rows.size(); k++) {
            int i = (from + k) % rows.size();
            if (!s.isRead(rows.get(i))) {
                HeadlineListState moved = h.position().select(i, rows.size(), HeadlinesScreen.height(s.size()));
                Next opened = ArticleScreen.openSelected(s.withHeadlines(h.withPosition(moved)));
                return i < from ? new Next(opened.state().withStatus("Went on from the top of the list"),
                        opened.effects()) : opened;
            }
        }
        if (s.severalFeeds() && s.shown() != AppState.ALL) {
            int feed = nextFeedWithUnread(s);
            if (feed >= 0) return intoFeed(s, feed);
        }
        return Next.of(s.withStatus(noneLeft(s)));
    }

    /** Where the rest may be when U finds no unread article: hidden feeds (only All articles lists them), feeds still loading. */
    private static String noneLeft(AppState s) {
        boolean all = s.shown() == AppState.ALL;   // All articles lists the hidden feeds' articles too
        int hidden = 0;
        int loading = 0;
        for (int i = 0; i < s.feeds().size(); i++) {
            FeedEntry e = s.feeds().get(i);
            if (i == s.shown()) continue;
            if (e.hidden() && !all) hidden += e.unread();
            if (e.feed().firstReading()) loading++;
        }
        String where = (hidden > 0 ? "; " + hidden + " in hidden feeds (see All articles)" : "")
                + (loading > 0 ? "; " + loading + (loading == 1 ? " feed is" : " feeds are") + " still loading" : "");
        return where.isEmpty() || all ? "No other unread article" + where : "No other unread article here" + where;
    }

    /** The next feed after the shown one, in the feeds screen's order and going round, with unread articles to open. */
    private static int nextFeedWithUnread(AppState s) {
        FeedRows rows = FeedRows.of(s.feeds());
        int here = 0;
        for (int r = 1; r < rows.count(); r++) if (rows.feedAt(r) == s.shown()) here = r;
        for (int k = 1; k < rows.count(); k++) {
            int r = 1 + (here - 1 + k) % (rows.count() - 1);
            int feed = rows.feedAt(r);
            FeedEntry e = s.feeds().get(feed);
            if (feed != s.shown() && e.unread() > 0 && e.feed().complete()) return feed;
        }
        return -1;
    }

    /** The feed's list, with its first unread article open, and the feeds screen's selection on its row. */
    private static Next intoFeed(AppState s, int feed) {
        AppState t = FeedsScreen.select(FeedsScreen.open(s.withArticle(null), feed), feed);
        HeadlinesState h = t.headlines();
        List<Article> rows = h.visible();
        for (int i = 0; i < rows.size(); i++) {
            if (t.isRead(rows.get(i))) continue;
            HeadlineListState moved = h.position().select(i, rows.size(), HeadlinesScreen.height(t.size()));
            Next opened = ArticleScreen.openSelected(t.withHeadlines(h.withPosition(moved)));
            String left = t.unread() == 1 ? "1 unread" : t.unread() + " unread";
            return new Next(opened.state().withStatus("On to " + t.feeds().get(feed).name() + ": " + left), opened.effects());
        }
        return Next.of(t);
    }

    static Next toggleRead(AppState s) {
        Article a = s.article().article();
        int source = s.article().source();
        boolean read = !s.feeds().get(source).read().contains(a.id());
        Next marked = Marking.mark(s, source, a, read);
        return new Next(marked.state().withStatus(read ? "Marked read" : "Marked unread (N marks it read again)"),
                marked.effects());
    }
}
