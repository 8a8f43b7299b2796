package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;

import java.util.List;

/**
 * The top of the UI, as glow's top model is: global keys (Ctrl-C, Esc prefixes, the help
 * overlay) are handled once here, events about shared things (the feed loading, the
 * terminal's size) update the shared state, and everything else goes to the screen that
 * is showing. {@link #update} is pure; {@link #draw} only reads.
 */
public final class Router {
    private Router() {}

    /** The first load of the feed: the state that shows it loading and the effect that starts it. */
    public static Next start(AppState s) {
        AppState loading = s.withFeed(s.feed().startLoad(false));
        return Next.of(loading, new Effect.LoadFeed(loading.feed().generation()), new Effect.LoadMarks());
    }

    public static Next update(AppState s, Event event) {
        // Java 17 has no pattern switch; Event is sealed, and this is the one place that reads it.
        if (event instanceof Event.Key k) return key(s, k.stroke());
        if (event instanceof Event.Paste p) return Next.of(paste(s, p.text()));
        if (event instanceof Event.Resize r) return Next.of(resize(s.withSize(r.size())));
        if (event instanceof Event.InputClosed) return Next.of(s.stopped(null));
        if (event instanceof Event.FeedProgress p) return Next.of(progress(s, p));
        if (event instanceof Event.FeedLoaded l) return loaded(s, l);
        if (event instanceof Event.FeedFailed f) return Next.of(failed(s, f));
        if (event instanceof Event.FeedChanged) return reload(s, false);
        if (event instanceof Event.MarksLoaded m) return Next.of(marksLoaded(s, m));
        if (event instanceof Event.ArticleReady r) return Next.of(ArticleScreen.ready(s, r));
        if (event instanceof Event.ArticleFailed f) return Next.of(ArticleScreen.failed(s, f));
        if (event instanceof Event.CommentSaved c) return Next.of(ArticleScreen.commentSaved(s, c));
        if (event instanceof Event.CommentFailed f) return Next.of(ArticleScreen.commentFailed(s, f));
        if (event instanceof Event.Status m) return Next.of(s.withStatus(m.message()));
        if (event instanceof Event.Failed f) {
            return Next.of(s.withStatus("Something went wrong (" + f.what() + "): " + f.message()));
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /** Reads the feed again: at once, or after the load that is running (never two at a time). */
    static Next reload(AppState s, boolean askedByUser) {
        if (s.feed().loading()) {
            AppState queued = s.withFeed(s.feed().queueReload(askedByUser));
            return Next.of(askedByUser ? queued.withStatus("Reload queued: the feed is still loading") : queued);
        }
        AppState loading = s.withFeed(s.feed().startLoad(askedByUser));
        return Next.of(askedByUser ? loading.withStatus("Reloading…") : loading,
                new Effect.LoadFeed(loading.feed().generation()));
    }

    private static Next key(AppState s, KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF || isCtrl(key, 'c')) return Next.of(s.stopped(null));
        if (isEscapePrefixed(key)) {
            // Terminals send Esc as a bare ESC byte, and Lanterna reads ESC followed at once by
            // a letter as Alt+letter. Gazette binds no Alt keys, so that is Esc, then the letter:
            // otherwise a quick "Esc u" in the filter line would lose both keys.
            Next esc = key(s, new KeyStroke(KeyType.Escape));
            return esc.andThen(key(esc.state(), new KeyStroke(key.getCharacter(), false, false, key.isShiftDown())));
        }
        AppState t = s.withStatus(null);
        if (t.help() != null) return Next.of(HelpScreen.update(t, key));
        return t.view() == AppState.View.ARTICLE ? ArticleScreen.update(t, key) : HeadlinesScreen.update(t, key);
    }

    private static AppState paste(AppState s, String text) {
        if (s.help() != null) return s;
        if (s.view() == AppState.View.ARTICLE) return ArticleScreen.paste(s, text);
        return s;
    }

    private static AppState resize(AppState s) {
        HeadlinesState h = s.headlines();
        AppState t = s.withHeadlines(h.withPosition(h.position().fit(h.visible().size(), HeadlinesScreen.height(s.size()))));
        if (t.help() != null) t = t.withHelp(t.help().scrolledTo(t.help().top(), s.size().getRows()));
        return ArticleScreen.resize(t);
    }

    private static AppState progress(AppState s, Event.FeedProgress p) {
        if (p.generation() != s.feed().generation() || !s.feed().loading()) return s;
        AppState t = s.withFeed(s.feed().progress(p.percent()));
        // A reload shows the earlier copy until the new one is whole; only a first load shows parts.
        return t.feed().complete() ? t : replaceFeed(t, p.partial(), false);
    }

    private static Next loaded(AppState s, Event.FeedLoaded l) {
        if (l.generation() != s.feed().generation() || !s.feed().loading()) return Next.of(s);
        boolean first = !s.feed().complete();
        boolean announce = s.feed().announce();
        boolean again = s.feed().reloadQueued();
        AppState t = replaceFeed(s, l.feed(), true);
        t = t.withFeed(t.feed().loadEnded());
        Feed f = l.feed();
        if (first && f.skippedItems() + f.repairedItems() > 0) {
            t = t.withStatus("Some items were damaged: " + f.skippedItems() + " skipped, " + f.repairedItems()
                    + " repaired (gazette --check FILE lists them)");
        } else if (announce) {
            t = t.withStatus("Reloaded: " + f.articles().size() + (f.articles().size() == 1 ? " article" : " articles"));
        }
        return again ? Next.of(t).andThen(reload(t, announce)) : Next.of(t);
    }

    private static AppState failed(AppState s, Event.FeedFailed f) {
        if (f.generation() != s.feed().generation() || !s.feed().loading()) return s;
        if (!s.feed().complete()) return s.stopped(f.message());
        return s.withFeed(s.feed().loadEnded()).withStatus("Reload failed, showing the earlier copy: " + f.message());
    }

    /** The marks from disk arrive; any the user set meanwhile are kept on top of them. */
    private static AppState marksLoaded(AppState s, Event.MarksLoaded m) {
        ReadSet merged = s.read() == ReadSet.EMPTY ? m.marks() : m.marks().withAll(s.read().toSet());
        AppState t = HeadlinesScreen.refilter(s.withRead(merged, Marking.countUnread(s.feed().articles(), merged)));
        return m.warning() == null ? t : t.withStatus(m.warning());
    }

    /**
     * Swaps in a new article list. The open article stays the selected one (so the header
     * and n count from it); in the list the selected article stays selected where it still
     * exists, and a selection on the last row follows the end, so G pressed while a big feed
     * is still loading ends on the real last article.
     */
    static AppState replaceFeed(AppState s, Feed feed, boolean complete) {
        HeadlinesState h = s.headlines();
        Article open = s.article() == null ? null : s.article().article();
        Article selected = open != null ? open : h.selected();
        boolean moved = open != null || h.position().selected() != 0;
        boolean atEnd = open == null && moved && h.position().selected() == h.visible().size() - 1;
        FeedState fs = s.feed().withFeed(feed, complete);
        AppState t = s.withFeed(fs).withRead(s.read(), Marking.countUnread(feed.articles(), s.read()));
        List<Article> rows = fs.memo().filter().apply(h.filter().text(), h.unreadOnly(), s.read());
        int height = HeadlinesScreen.height(s.size());
        HeadlineListState pos = atEnd ? h.position().select(rows.size() - 1, rows.size(), height)
                : HeadlinesScreen.select(rows, moved && selected != null ? selected.id() : null, h.position(), height);
        return t.withHeadlines(h.withVisible(rows, pos));
    }

    public static void draw(AppState s, TextGraphics g) {
        g.fill(' ');
        if (s.view() == AppState.View.ARTICLE) ArticleScreen.draw(s, g);
        else HeadlinesScreen.draw(s, g);
        if (s.help() != null) HelpScreen.draw(s, g);
    }

    /** Where the terminal's cursor belongs, or null to hide it. */
    public static TerminalPosition cursor(AppState s) {
        if (s.help() != null) return null;
        return s.view() == AppState.View.ARTICLE ? ArticleScreen.cursor(s) : HeadlinesScreen.cursor(s);
    }

    private static boolean isEscapePrefixed(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isAltDown() && !key.isCtrlDown();
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }
}
