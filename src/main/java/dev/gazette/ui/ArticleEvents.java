package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * What the workers' answers do to the open article: its rendered page arriving (with the keys
 * pressed while it was on its way), a page that could not be made, and a comment saved, shown
 * or refused. Pure, as {@link ArticleScreen} is; an answer for an article no longer open is
 * dropped.
 */
final class ArticleEvents {
    private ArticleEvents() {}

    /**
     * The page has been rendered by a worker (an answer for an article no longer open is
     * dropped). The first page of an opening marks the article read, not the asking for it:
     * an article that could not be opened (its file changed, say) stays unread. A page
     * rendered again (after a comment is saved) leaves the mark as the reader set it.
     */
    static Next ready(AppState s, Event.ArticleReady e) {
        ArticleState a = s.article();
        if (a == null || a.request() != e.request()) return Next.of(s);
        boolean first = a.page() == null;
        ArticleState b = Composer.ready(a.ready(e.page(), ArticleScreen.bodyHeight(s)));
        String saved = b.comments().awaitingReveal();
        if (saved != null) b = CommentSelection.selectAndReveal(b, saved, ArticleScreen.bodyHeight(s));
        AppState t = s.withArticle(b);
        if (e.journalProblem() != null) t = t.withStatus(e.journalProblem());
        Next next = first ? Marking.mark(t, a.source(), a.article(), true) : Next.of(t);
        for (KeyStroke early : a.early()) {
            ArticleState now = next.state().article();
            if (now == null || now.request() != b.request()) break;   // a key before this one left the article
            next = next.andThen(ArticleScreen.update(next.state(), early));
        }
        return next;
    }

    static AppState failed(AppState s, Event.ArticleFailed e) {
        ArticleState a = s.article();
        if (a == null || a.request() != e.request()) return s;
        // A body read from a file that has changed waits for the file to be read again; when
        // that failed (the file is broken now), say so rather than let the wait look endless.
        String problem = s.feeds().get(a.source()).problem();
        return s.withArticle(null).withStatus("Could not open this article: " + e.message()
                + (problem == null ? "" : "; the last reading of the feed failed: " + problem));
    }

    static Next commentSaved(AppState s, Event.CommentSaved e) {
        return Composer.saved(s, e, ArticleScreen.bodyHeight(s));
    }

    static Next commentFailed(AppState s, Event.CommentFailed e) {
        return Composer.failed(s, e);
    }

    static AppState commentsShown(AppState s, Event.CommentsShown e) {
        return CommentSelection.shown(s, e, ArticleScreen.bodyHeight(s));
    }
}
