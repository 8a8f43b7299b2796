package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;

import java.util.ArrayList;
import java.util.List;

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
        return saved(s, e, ArticleScreen.bodyHeight(s));
    }

    /** A comment, reply, edit or withdrawal is on disk: the view shows it, selected, at once. */
    private static Next saved(AppState s, Event.CommentSaved e, int height) {
        String key = AppState.draftKey(e.source(), e.articleId());
        AppState t = e.draftSent() ? s.withDraft(key, null) : s;
        t = t.withStatus(e.message());
        Effect counts = new Effect.LoadCounts(e.source());
        Effect forget = new Effect.SaveDraft(e.source(), e.articleId(), null);
        ArticleState a = t.article();
        if (a == null || a.source() != e.source() || !a.article().id().equals(e.articleId())) {
            return e.draftSent() ? Next.of(t, forget, counts) : Next.of(t, counts);
        }
        ArticleState b = a;
        if (e.draftSent()) {
            b = b.saving(false).withInput(InputLine.EMPTY, 0).focus(false).withComments(CommentFocus.NONE);
        }
        List<Effect> effects = new ArrayList<>();
        if (b.page() != null) {
            b = CommentSelection.selectAndReveal(b.withPage(b.page().withComments(e.window())), e.commentId(), height);
        } else {
            // The page is still being rendered, from a journal read before this save: ask again
            // (the first answer is dropped by its request number), so the new comment shows,
            // and is selected and scrolled to when it does, as it is when the page was there.
            long request = t.nextRequest();
            b = b.withRequest(request).withComments(b.comments().revealWhenShown(e.commentId()));
            t = t.withNextRequest(request + 1);
            String base = t.feeds().get(b.source()).feed().feed().homePageUrl();
            effects.add(new Effect.OpenArticle(b.source(), request, b.article(), base, b.width()));
        }
        if (e.draftSent()) effects.add(forget);
        effects.add(counts);
        return new Next(t.withArticle(b), effects);
    }

    /**
     * A comment that could not be saved: the status says the draft is safe first, since a
     * status too long for its row keeps its start and its end, and the end is the reason.
     */
    static Next commentFailed(AppState s, Event.CommentFailed e) {
        ArticleState a = s.article();
        boolean here = a != null && a.source() == e.source() && a.article().id().equals(e.articleId());
        if (e.gone() == null) {
            AppState t = s.withStatus(e.ofDraft() ? "Draft kept; " + e.message()
                    : Sentences.upperFirst(e.message()));
            return Next.of(here ? t.withArticle(a.saving(false)) : t);
        }
        // Withdrawn in another Gazette meanwhile: the view shows it so, and an edit's text, which
        // no retry could save, becomes a new comment rather than a draft stuck on Enter.
        String why = Sentences.upperFirst(e.message());
        if (!here) return Next.of(s.withStatus(why));
        ArticleState b = a.saving(false);
        if (b.page() != null) b = b.withPage(b.page().withComments(e.gone()));
        if (b.comments().target().kind() != ComposeTarget.Kind.EDIT || b.input().text().isEmpty()) {
            return Next.of(s.withArticle(b).withStatus(why));
        }
        b = b.withComments(b.comments().withTarget(ComposeTarget.COMMENT));
        Next next = Composer.withInput(s.withArticle(b), b.input());
        return new Next(next.state().withStatus("That comment is gone now: Enter posts this as a new one"), next.effects());
    }

    static AppState commentsShown(AppState s, Event.CommentsShown e) {
        return CommentSelection.shown(s, e, ArticleScreen.bodyHeight(s));
    }
}
