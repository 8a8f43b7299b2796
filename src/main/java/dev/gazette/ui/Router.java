package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of the UI, as glow's top model is: global keys (Ctrl-C, Esc prefixes, the help
 * overlay) are handled once here, events about shared things (the feeds loading, the
 * terminal's size) update the shared state, and everything else goes to the screen that
 * is showing. {@link #update} is pure; {@link #draw} only reads.
 */
public final class Router {
    private Router() {}

    /** The first load of every feed and its marks: the state that shows them loading and the effects that start them. */
    public static Next start(AppState s) {
        AppState t = s;
        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < s.feeds().size(); i++) {
            FeedEntry e = t.feeds().get(i);
            t = t.withEntry(i, e.withFeed(e.feed().startLoad(false)));
            effects.add(new Effect.LoadFeed(i, t.feeds().get(i).feed().generation()));
            effects.add(new Effect.LoadMarks(i));
            effects.add(new Effect.LoadDrafts(i));
            effects.add(new Effect.LoadCounts(i));
        }
        return new Next(t, effects);
    }

    public static Next update(AppState s, Event event) {
        // Java 17 has no pattern switch; Event is sealed, and this is the one place that reads it.
        if (event instanceof Event.Key k) return key(s, k.stroke());
        if (event instanceof Event.Paste p) return paste(s, p.text());
        if (event instanceof Event.Resize r) return Next.of(resize(s.withSize(r.size()), s.size()));
        if (event instanceof Event.InputClosed) return Next.of(s.stopped(null));
        if (event instanceof Event.FeedProgress p) return Next.of(FeedLoads.progress(s, p));
        if (event instanceof Event.FeedLoaded l) return FeedLoads.loaded(s, l);
        if (event instanceof Event.FeedStarted f) return Next.of(FeedLoads.started(s, f));
        if (event instanceof Event.FeedFailed f) return FeedLoads.failed(s, f);
        if (event instanceof Event.FeedChanged c) return FeedLoads.reload(s, c.source(), false);
        if (event instanceof Event.MarksLoaded m) return Next.of(marksLoaded(s, m));
        if (event instanceof Event.ArticleReady r) return ArticleEvents.ready(s, r);
        if (event instanceof Event.ArticleFailed f) return Next.of(ArticleEvents.failed(s, f));
        if (event instanceof Event.CommentSaved c) return ArticleEvents.commentSaved(s, c);
        if (event instanceof Event.CommentsShown c) return Next.of(ArticleEvents.commentsShown(s, c));
        if (event instanceof Event.CommentCounts c) return Next.of(CommentCounts.loaded(s, c));
        if (event instanceof Event.DraftsLoaded d) return Next.of(Drafts.loaded(s, d));
        if (event instanceof Event.EditorDone d) return Composer.editorDone(s, d);
        if (event instanceof Event.CommentFailed f) return ArticleEvents.commentFailed(s, f);
        if (event instanceof Event.Status m) return Next.of(s.withStatus(m.message()));
        if (event instanceof Event.Failed f) {
            return Next.of(s.withStatus("Something went wrong (" + f.what() + "): " + f.message()));
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private static Next key(AppState s, KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF || isCtrl(key, 'c')) return Next.of(s.stopped(null));
        if (isCtrl(key, 'z')) return Next.of(s, new Effect.Suspend());
        if (isCtrl(key, 'l')) return Next.of(s, new Effect.Redraw());
        if (isEscapePrefixed(key)) {
            // Terminals send Esc as a bare ESC byte, and Lanterna reads ESC followed at once by
            // a letter as Alt+letter. Gazette binds no Alt keys, so that is Esc, then the letter:
            // otherwise a quick "Esc u" in the filter line would lose both keys.
            Next esc = key(s, new KeyStroke(KeyType.Escape));
            return esc.andThen(key(esc.state(), new KeyStroke(key.getCharacter(), false, false, key.isShiftDown())));
        }
        if (s.confirm() != null) return Confirm.answer(s, key);
        AppState t = s.withStatus(null);
        if (t.help() != null) return Next.of(HelpScreen.update(t, key));
        return switch (t.view()) {
            case FEEDS -> FeedsScreen.update(t, key);
            case HEADLINES -> HeadlinesScreen.update(t, key);
            case ARTICLE -> ArticleScreen.update(t, key);
        };
    }

    /** A paste is typing: like a key, it clears the last status, which spoke of something earlier. */
    private static Next paste(AppState s, String text) {
        if (s.help() != null) return Next.of(s);
        if (s.confirm() != null) return Next.of(Confirm.decline(s));
        if (s.view() == AppState.View.ARTICLE) return ArticleScreen.paste(s.withStatus(null), text);
        // On the feeds screen, as / does there: All articles, filtered by what was pasted.
        AppState list = s.view() == AppState.View.HEADLINES ? s : FeedsScreen.filterAll(s);
        return Next.of(FilterLine.paste(list.withStatus(null), text));
    }

    /** @param before the size the screen had */
    private static AppState resize(AppState s, TerminalSize before) {
        HeadlinesState h = s.headlines();
        AppState t = s.withHeadlines(h.withPosition(h.position().fit(h.visible().size(), HeadlinesScreen.height(s.size()))));
        t = FeedsScreen.fit(t);
        // The help's scroll stays as it was: drawing clamps it to the size, so a size where all of
        // it fits and then the old size again show the place the reader had scrolled to.
        return ArticleScreen.resize(t, before);
    }

    /** The marks from disk arrive; any the user set meanwhile are kept on top of them. */
    private static AppState marksLoaded(AppState s, Event.MarksLoaded m) {
        FeedEntry e = s.feeds().get(m.source());
        ReadSet merged = e.read() == ReadSet.EMPTY ? m.marks() : m.marks().withAll(e.read().toSet());
        AppState t = HeadlinesScreen.refilter(s.withEntry(m.source(),
                e.withRead(merged, Marking.countUnread(e.feed().articles(), merged))));
        return m.warning() == null ? t : t.withWarning(m.warning());
    }

    /**
     * The headline list after the shown feed's articles changed ({@code after}), keeping the
     * reader's place as it was in {@code before}: the open article stays the selected one (so
     * the header and n count from it); otherwise the selected article stays selected where it
     * still exists, and a selection on the last row follows the end, so G pressed while a big
     * feed is still loading ends on the real last article. A list at row 0 shows the newest.
     */
    static AppState showList(AppState before, AppState after) {
        if (before.feed() == after.feed()) return after;
        HeadlinesState h = before.headlines();
        Article open = before.article() == null ? null : before.article().article();
        Article selected = open != null ? open : h.selected();
        int source = open != null ? before.article().source() : selected == null ? -1 : before.sourceOf(selected);
        boolean moved = open != null || h.position().selected() != 0;
        boolean atEnd = open == null && moved && h.position().selected() == h.visible().size() - 1;
        List<Article> rows = after.feed().memo().filter().apply(h.filter().text(), h.unreadOnly(), after::isRead);
        int height = HeadlinesScreen.height(after.size());
        HeadlineListState pos = atEnd ? h.position().select(rows.size() - 1, rows.size(), height)
                : HeadlinesScreen.select(after, rows, moved && selected != null ? selected.id() : null, source, h.position(),
                        height);
        return after.withHeadlines(after.headlines().withVisible(rows, pos));
    }

    public static void draw(AppState s, TextGraphics g) {
        g.fill(' ');
        switch (s.view()) {
            case FEEDS -> FeedsScreen.draw(s, g);
            case HEADLINES -> HeadlinesScreen.draw(s, g);
            case ARTICLE -> ArticleScreen.draw(s, g);
        }
        if (s.help() != null) HelpScreen.draw(s, g);
    }

    /** Where the terminal's cursor belongs, or null to hide it. */
    public static TerminalPosition cursor(AppState s) {
        if (s.help() != null) return null;
        return switch (s.view()) {
            case FEEDS -> null;
            case HEADLINES -> HeadlinesScreen.cursor(s);
            case ARTICLE -> ArticleScreen.cursor(s);
        };
    }

    private static boolean isEscapePrefixed(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isAltDown() && !key.isCtrlDown();
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }
}
