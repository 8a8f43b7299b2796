package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.feed.Article;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Draws the headline list. Reads state, never changes it; only the visible rows are touched. */
public final class HeadlineListView {
    private HeadlineListView() {}

    /**
     * @param whenEmpty what to say when no row is shown: the feed is empty, or the filter
     *                  hides every row, and how to get them back
     */
    public static void draw(TextGraphics g, Regions r, String header, List<Article> articles, HeadlineListState state,
                            Set<String> read, Function<Article, String> titleOf, Theme theme, ZoneId zone,
                            String whenEmpty) {
        Bars.header(g, r.width(), header, theme);
        if (articles.isEmpty()) {
            LineDrawer.drawText(g, 1, r.bodyTop(), r.width(), TextWidth.fit(whenEmpty, r.width() - 1), theme.secondary());
            return;
        }
        int end = Math.min(articles.size(), state.top() + r.bodyHeight());
        for (int i = state.top(); i < end; i++) {
            Article a = articles.get(i);
            int row = r.bodyTop() + i - state.top();
            boolean unread = !read.contains(a.id());
            HeadlineRow.Parts parts = HeadlineRow.layout(r.width(), unread, a.date(), titleOf.apply(a), a.byline(), zone);
            boolean selected = i == state.selected();
            Theme.Look look = selected ? theme.selected() : unread ? theme.normal() : theme.secondary();
            if (selected) LineDrawer.fill(g, 0, row, r.width(), look);
            int x = LineDrawer.drawText(g, 0, row, r.width(), parts.mark() + parts.date()
                    + (parts.date().isEmpty() ? "" : "  "), selected ? look : theme.secondary());
            x = LineDrawer.draw(g, x, row, r.width() - x, StyledLine.plain(parts.title()), theme,
                    unread && !selected ? theme.text(Set.of(dev.gazette.text.Style.BOLD), look) : look);
            if (!parts.author().isEmpty()) {
                LineDrawer.drawText(g, x, row, r.width(), "  " + parts.author(), selected ? look : theme.secondary());
            }
        }
    }
}
