package dev.gazette.ui;

import dev.gazette.comments.Discussion;
import dev.gazette.text.StyledLine;

import java.util.List;

/**
 * Moving the comment selection in the article view (] and [), scrolling the selected
 * comment into view, and reading another window of a big discussion when the selection
 * leaves the one laid out. Pure: the window is read by {@link Effect.ShowComments}.
 */
final class CommentSelection {
    private CommentSelection() {}

    /** ]: the comment after the selected one, or the first one in view when none is selected. */
    static Next next(AppState s, int height) {
        return step(s, height, +1);
    }

    /** [: the comment before the selected one, or the last one in view when none is selected. */
    static Next previous(AppState s, int height) {
        return step(s, height, -1);
    }

    private static Next step(AppState s, int height, int delta) {
        ArticleState a = s.article();
        if (a.page() == null) return Next.of(s);
        Discussion d = a.page().discussion();
        if (d.size() == 0) return Next.of(s.withStatus("There are no comments to select"));
        int selected = a.comments().selected();
        int target = selected >= 0 ? selected + delta : delta > 0 ? firstInView(a) : lastInView(a, height);
        if (target >= 0 && target < d.size()) return select(s, target, height);
        AppState said = s.withStatus(target < 0 ? "This is the first comment" : "This is the last comment");
        // The selected comment may have been scrolled away (t, g): the key shows it again,
        // so a user told "the last comment" sees which one that is.
        boolean laidOut = selected >= 0 && a.page().comments().contains(selected);
        return Next.of(laidOut ? said.withArticle(reveal(a, selected, height)) : said);
    }

    private static int firstInView(ArticleState a) {
        int below = a.page().layout(a.width()).places().rowAtOrBelow(a.top());
        return below >= 0 ? below : Math.max(a.page().comments().from(), a.page().comments().to() - 1);
    }

    private static int lastInView(ArticleState a, int height) {
        int above = a.page().layout(a.width()).places().rowAtOrAbove(a.top() + height - 1);
        return above >= 0 ? above : a.page().comments().from();
    }

    /** Selects row {@code row}: scrolled into view when laid out, else the window around it is asked for. */
    static Next select(AppState s, int row, int height) {
        ArticleState a = s.article();
        ArticleState b = a.withComments(a.comments().select(row, a.page().discussion().row(row).id()));
        if (a.page().comments().contains(row)) return Next.of(s.withArticle(reveal(b, row, height)));
        return Next.of(s.withArticle(b).withStatus("Reading comments…"),
                new Effect.ShowComments(a.source(), a.request(), a.article().id(), row));
    }

    /** Another window of the discussion has been read: it replaces the page's, the selection shows. */
    static AppState shown(AppState s, Event.CommentsShown e, int height) {
        ArticleState a = s.article();
        if (a == null || a.page() == null || a.request() != e.request()) return s;
        ArticleState b = a.withPage(a.page().withComments(e.window()));
        int row = b.comments().selected();
        return s.withArticle(e.window().contains(row) ? reveal(b, row, height) : b);
    }

    /** The page's comments changed (one saved): selects comment {@code id} and shows it. */
    static ArticleState selectAndReveal(ArticleState a, String id, int height) {
        if (a.page() == null) return a;
        int row = a.page().discussion().rowOf(id);
        if (row < 0) return a.withComments(a.comments().select(-1, null));
        ArticleState b = a.withComments(a.comments().select(row, id));
        return b.page().comments().contains(row) ? reveal(b, row, height) : b;
    }

    /**
     * After a resize ({@code before} the article as it was, {@code heightBefore} rows high): the
     * selected comment (the one being answered, say) stays on screen if it was on it. The
     * reading anchor keeps the top line's text, which alone would scroll a comment at the
     * bottom of a page that fitted whole out of a smaller window.
     */
    static ArticleState keepShown(ArticleState before, int heightBefore, ArticleState after, int height) {
        int row = before.comments().selected();
        if (row < 0 || before.page() == null || after.page() == null) return after;
        CommentsSection.Places was = before.page().layout(before.width()).places();
        boolean shown = was.contains(row) && was.start(row) < before.top() + heightBefore && was.end(row) > before.top();
        return shown ? reveal(after, row, height) : after;
    }

    /** Scrolls as little as needed to show the comment whole, or its start when it is taller than the view. */
    static ArticleState reveal(ArticleState a, int row, int height) {
        ArticlePage.Layout layout = a.page().layout(a.width());
        CommentsSection.Places p = layout.places();
        if (!p.contains(row)) return a;
        int start = p.start(row);
        int end = p.end(row);
        int top = a.top();
        if (end - start > height || start < top) {
            top = start;
        } else if (end > top + height) {
            // The last comment (a new one, say) brings the page's end with it: only blank rows
            // follow, and stopping short of them left the header at 97% instead of Bot.
            int bottom = blankFrom(layout.lines(), end) ? layout.lines().size() : end;
            top = Math.min(start, bottom - height);
        }
        return a.withTop(top, height);
    }

    private static boolean blankFrom(List<StyledLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).plain().isBlank()) return false;
        }
        return true;
    }
}
