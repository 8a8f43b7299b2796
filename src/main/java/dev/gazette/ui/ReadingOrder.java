package dev.gazette.ui;

import dev.gazette.feed.Article;

import java.util.List;

/**
 * Read marks from the article view: U opens the next unread article of the list as it is
 * shown (filtered), going round to the top as newsboat does, and N toggles the open
 * article's mark, so "keep this for later" does not need a trip back to the list.
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
        // newsboat's next-unread goes on into the next feed; here each feed's list is its own, so
        // the status says where the rest are rather than leave the reader thinking there are none.
        int elsewhere = s.severalFeeds() && s.shown() != AppState.ALL ? s.unreadInAllFeeds() - s.unread() : 0;
        if (elsewhere > 0) {
            return Next.of(s.withStatus("No other unread article here; " + elsewhere + " in the other feeds (q q: the feeds)"));
        }
        return Next.of(s.withStatus("No other unread article"));
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
