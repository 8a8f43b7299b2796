package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;

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
        if (event instanceof Event.FeedProgress p) return Next.of(progress(s, p));
        if (event instanceof Event.FeedLoaded l) return refreshDone(loaded(s, l));
        if (event instanceof Event.FeedFailed f) return refreshDone(Next.of(failed(s, f)));
        if (event instanceof Event.FeedChanged c) return reload(s, c.source(), false);
        if (event instanceof Event.MarksLoaded m) return Next.of(marksLoaded(s, m));
        if (event instanceof Event.ArticleReady r) return ArticleScreen.ready(s, r);
        if (event instanceof Event.ArticleFailed f) return Next.of(ArticleScreen.failed(s, f));
        if (event instanceof Event.CommentSaved c) return ArticleScreen.commentSaved(s, c);
        if (event instanceof Event.CommentsShown c) return Next.of(ArticleScreen.commentsShown(s, c));
        if (event instanceof Event.CommentCounts c) return Next.of(CommentCounts.loaded(s, c));
        if (event instanceof Event.DraftsLoaded d) return Next.of(Drafts.loaded(s, d));
        if (event instanceof Event.EditorDone d) return Composer.editorDone(s, d);
        if (event instanceof Event.CommentFailed f) return Next.of(ArticleScreen.commentFailed(s, f));
        if (event instanceof Event.Status m) return Next.of(s.withStatus(m.message()));
        if (event instanceof Event.Failed f) {
            return Next.of(s.withStatus("Something went wrong (" + f.what() + "): " + f.message()));
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /** Reads feed {@code source} again: at once, or after the load that is running (never two at a time). */
    static Next reload(AppState s, int source, boolean askedByUser) {
        FeedEntry e = s.feeds().get(source);
        if (e.feed().loading()) {
            AppState queued = s.withEntry(source, e.withFeed(e.feed().queueReload(askedByUser)));
            return Next.of(askedByUser ? queued.withStatus("Reload queued: the feed is still loading") : queued);
        }
        FeedEntry loading = e.withFeed(e.feed().startLoad(askedByUser));
        AppState t = s.withEntry(source, loading);
        return Next.of(askedByUser ? t.withStatus("Reloading" + (s.severalFeeds() ? " " + e.name() : "") + "…") : t,
                new Effect.LoadFeed(source, loading.feed().generation()));
    }

    private static final String REFRESHING_ALL = "Refreshing ";

    /** R: every feed, each as {@link #reload} does it. */
    static Next reloadAll(AppState s) {
        Next all = Next.of(s);
        for (int i = 0; i < s.feeds().size(); i++) all = all.andThen(reload(all.state(), i, false));
        return new Next(all.state().withStatus(REFRESHING_ALL + s.feeds().size() + " feeds…"), all.effects());
    }

    private static boolean refreshingAll(AppState s) {
        return s.status() != null && s.status().startsWith(REFRESHING_ALL);
    }

    /** R's "Refreshing 6 feeds…" stays until the last of them is in, then says how it went. */
    private static Next refreshDone(Next next) {
        AppState s = next.state();
        if (!refreshingAll(s)) return next;
        int failed = 0;
        int failedHidden = 0;
        FeedEntry hiddenFailure = null;
        for (FeedEntry e : s.feeds()) {
            if (e.feed().loading()) return next;
            if (e.problem() != null) failed++;
            if (e.problem() != null && e.hidden()) {
                failedHidden++;
                hiddenFailure = e;
            }
        }
        int n = s.feeds().size();
        // A hidden feed has no row: one is named here; several are on All articles' status line.
        String where = failedHidden == 0 ? "⚠ on their rows"
                : failed == 1 ? hiddenFailure.hiddenProblem()
                : failedHidden == failed ? "hidden: see All articles' row" : "⚠ on their rows; hidden ones on All articles' row";
        String done = failed == 0 ? "All " + n + " feeds refreshed"
                : "Refreshed: " + failed + " of " + n + " feeds could not be read (" + where + ")";
        return new Next(s.withStatus(done), next.effects());
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

    private static Next paste(AppState s, String text) {
        if (s.help() != null) return Next.of(s);
        if (s.view() == AppState.View.ARTICLE) return ArticleScreen.paste(s, text);
        return Next.of(s);
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

    private static AppState progress(AppState s, Event.FeedProgress p) {
        FeedEntry e = s.feeds().get(p.source());
        if (p.generation() != e.feed().generation() || !e.feed().loading()) return s;
        FeedState f = e.feed().progress(p.percent());
        // A reload shows the earlier copy until the new one is whole; only a first load shows
        // parts, and only when they are new (the relay sends the same part with a new percentage).
        if (f.complete() || f.feed() == p.partial()) return s.withEntry(p.source(), e.withFeed(f));
        f = f.withFeed(p.partial(), false);
        return showList(s, s.withEntry(p.source(), e.withFeed(f)));
    }

    private static Next loaded(AppState s, Event.FeedLoaded l) {
        FeedEntry e = s.feeds().get(l.source());
        if (l.generation() != e.feed().generation() || !e.feed().loading()) return Next.of(s);
        boolean first = !e.feed().complete();
        boolean announce = e.feed().announce();
        boolean again = e.feed().reloadQueued();
        FeedEntry done = e.withFeed(e.feed().withFeed(l.feed(), true).loadEnded()).withProblem(null)
                .withFreshness(l.freshness());
        AppState t = showList(s, s.withEntry(l.source(), done));
        Feed f = l.feed();
        if (first && f.skippedItems() + f.repairedItems() > 0) {
            // "Had problems", not "damaged": most are a missing or repeated id, which real feeds often have.
            String counts = f.skippedItems() == 0 ? f.repairedItems() + " repaired"
                    : f.repairedItems() == 0 ? f.skippedItems() + " skipped"
                    : f.skippedItems() + " skipped, " + f.repairedItems() + " repaired";
            t = t.withStatus((s.severalFeeds() ? done.name() + ": s" : "S") + "ome items had problems: " + counts
                    + " (gazette --check lists them)");
        } else if (announce || (e.problem() != null && !refreshingAll(s))) {
            // Asked for, or the feed had failed before: the failure on the status line is over
            // (while R runs, its own message says how all went, at the end).
            t = t.withStatus("Reloaded" + (s.severalFeeds() ? " " + done.name() : "") + ": " + f.articles().size()
                    + (f.articles().size() == 1 ? " article" : " articles"));
        }
        return again ? Next.of(t).andThen(reload(t, l.source(), announce)) : Next.of(t);
    }

    private static AppState failed(AppState s, Event.FeedFailed f) {
        FeedEntry e = s.feeds().get(f.source());
        if (f.generation() != e.feed().generation() || !e.feed().loading()) return s;
        // The first part of a big file may be on screen already (its tail broken, or the file
        // rewritten while it loaded): that stays, with what went wrong, and nobody's draft or
        // place is lost. With nothing shown, the only feed stops Gazette, which says why.
        Feed partial = e.feed().feed();
        int shown = partial == null ? 0 : partial.articles().size();
        if (!e.feed().complete() && shown == 0 && !s.severalFeeds()) return s.stopped(f.message());
        AppState t = s.withEntry(f.source(), e.withFeed(e.feed().loadEnded()).withProblem(f.message()));
        if (!e.feed().complete()) {
            // A feed with a row shows this there; the status line says it too when r asked
            // for it (its "Reloading…" must not stay), or when the feed is hidden and has no
            // row; not while R runs, whose own message says how all went, at the end.
            if (shown == 0) {
                if (refreshingAll(s)) return t;
                if (e.hidden()) return t.withStatus(t.feeds().get(f.source()).hiddenProblem());
                FeedEntry now = t.feeds().get(f.source());
                return e.feed().announce() ? t.withStatus("Could not read " + now.name() + ": " + now.reason()) : t;
            }
            return t.withStatus("Could not read the rest: " + f.message() + " (the first " + shown
                    + (shown == 1 ? " article is" : " articles are") + " shown)");
        }
        // The feed by its name (shorter than its URL, and not there with one feed), so that a
        // line cut at 80 columns keeps the reason.
        String why = t.feeds().get(f.source()).reason();
        if (e.feed().announce() || e.freshness() == null) {
            return t.withStatus((s.severalFeeds() ? e.name() + ": r" : "R") + "eload failed, showing the earlier copy: " + why);
        }
        // Nobody asked: the fetch after a start from the cache, or the hourly one. Which copy is
        // shown comes first, as the header's end may be cut; the reason is the row's end.
        int failing = 0;
        for (FeedEntry other : t.feeds()) if (other.problem() != null && other.freshness() != null) failing++;
        if (failing > 1) {
            // Offline, most likely: one line for them all, not the last one's reason alone.
            return t.withStatus(failing + " feeds could not be updated; their earlier copies are shown (⚠ marks them)");
        }
        return t.withStatus((s.severalFeeds() ? e.name() + ": s" : "S") + "howing the " + copy(e.freshness())
                + "; update failed: " + why);
    }

    /** "cached copy from 2026-12-01 00:39", "copy fetched …", "copy checked …, not modified" from a freshness. */
    private static String copy(String freshness) {
        return freshness.contains("copy") ? freshness.replaceFirst("^offline: ", "") : "copy " + freshness;
    }

    /** The marks from disk arrive; any the user set meanwhile are kept on top of them. */
    private static AppState marksLoaded(AppState s, Event.MarksLoaded m) {
        FeedEntry e = s.feeds().get(m.source());
        ReadSet merged = e.read() == ReadSet.EMPTY ? m.marks() : m.marks().withAll(e.read().toSet());
        AppState t = HeadlinesScreen.refilter(s.withEntry(m.source(),
                e.withRead(merged, Marking.countUnread(e.feed().articles(), merged))));
        return m.warning() == null ? t : t.withStatus(m.warning());
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
        boolean moved = open != null || h.position().selected() != 0;
        boolean atEnd = open == null && moved && h.position().selected() == h.visible().size() - 1;
        List<Article> rows = after.feed().memo().filter().apply(h.filter().text(), h.unreadOnly(), after::isRead);
        int height = HeadlinesScreen.height(after.size());
        HeadlineListState pos = atEnd ? h.position().select(rows.size() - 1, rows.size(), height)
                : HeadlinesScreen.select(rows, moved && selected != null ? selected.id() : null, h.position(), height);
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
