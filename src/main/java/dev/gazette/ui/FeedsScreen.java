package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.feed.Feed;
import dev.gazette.text.TextWidth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feeds screen, shown when there is more than one source: an "All articles" row that
 * merges every feed, then one row per feed with its unread and total counts and when it was
 * fetched, or what went wrong. A feed the feeds file hides has no row ({@link FeedRows}) but
 * is in All articles. {@link #update} is pure; {@link #draw} only reads.
 */
final class FeedsScreen {
    static final String KEYS = "↑↓ Move  Enter Open  / Filter  r Refresh  R All  ? Help  q Quit";

    private FeedsScreen() {}

    static Next update(AppState s, KeyStroke key) {
        Optional<Command> command = KeyMap.FEEDS.commandFor(key);
        if (command.isEmpty()) return Next.of(KeyMap.FEEDS.unbound(s, key));
        int feed = FeedRows.of(s.feeds()).feedAt(s.feedList().selected());
        return switch (command.get()) {
            case QUIT, QUIT_NOW -> Next.of(s.stopped(null));
            case HELP -> Next.of(s.withHelp(HelpScreen.forFeeds(s.settings().notes())));
            case OPEN -> Next.of(open(s, feed));
            case RELOAD -> feed == AppState.ALL ? FeedLoads.reloadAll(s) : FeedLoads.reload(s, feed, true);
            case RELOAD_ALL -> FeedLoads.reloadAll(s);
            case MARK_ALL_READ -> Next.of(askMarkRead(s, feed));
            case NEXT_UNREAD -> Next.of(nextUnreadFeed(s));
            // newsboat's / on its feed list searches every feed: here, All articles with the filter line open.
            case FILTER -> {
                AppState t = filterAll(s);
                yield Next.of(t, new Effect.PrepareFilter(t.feed().memo().filter()));
            }
            default -> Next.of(s.withFeedList(s.feedList().apply(command.get(), rows(s), height(s))));
        };
    }

    /** newsboat's n on its feed list: the selection goes on to the next feed with unread articles, round the end. */
    private static AppState nextUnreadFeed(AppState s) {
        FeedRows rows = FeedRows.of(s.feeds());
        int from = s.feedList().selected();
        for (int k = 1; k < rows.count(); k++) {
            int row = (from + k) % rows.count();
            int feed = rows.feedAt(row);
            if (feed != AppState.ALL && s.feeds().get(feed).unread() > 0) {
                return s.withFeedList(s.feedList().select(row, rows.count(), height(s)));
            }
        }
        return s.withStatus("No other feed has unread articles");
    }

    /** A asks first, as newsboat does: a slip would lose which articles were still to read. */
    static AppState askMarkRead(AppState s, int feed) {
        boolean loading = feed == AppState.ALL ? s.feeds().stream().anyMatch(e -> e.feed().firstReading())
                : s.feeds().get(feed).feed().firstReading();
        if (loading) return s.withStatus(HeadlinesScreen.STILL_LOADING);
        int unread = feed == AppState.ALL ? s.unreadInAllFeeds() : s.feeds().get(feed).unread();
        if (unread == 0) {
            boolean none = feed != AppState.ALL && s.feeds().get(feed).feed().articles().isEmpty();
            return s.withStatus(none ? "Nothing to mark: this feed has no articles" : "Nothing to mark: every article is read");
        }
        String of = feed == AppState.ALL ? (s.severalFeeds() ? " in every feed" : "") : " of " + s.feeds().get(feed).name();
        return s.withConfirm(new Confirm(Confirm.markQuestion(s, unread, of), feed, unread));
    }

    /** A, answered y (newsboat's key on its feed list): every article of feed {@code feed} (or of all) marked read. */
    static Next markRead(AppState s, int feed) {
        int before = s.unreadInAllFeeds();
        AppState t = s;
        List<Effect> saves = new ArrayList<>();
        for (int i = 0; i < s.feeds().size(); i++) {
            if (feed != AppState.ALL && i != feed) continue;
            Feed f = t.feeds().get(i).feed().feed();
            if (f == null) continue;
            Next marked = Marking.markAll(t.withShown(i), f.articles());   // the articles' feed is the one shown
            t = marked.state().withShown(s.shown());
            saves.addAll(marked.effects());
        }
        int n = before - t.unreadInAllFeeds();
        return new Next(t.withStatus(n == 0 ? "Nothing to mark: every article is read"
                : n + (n == 1 ? " article" : " articles") + " marked read"), saves);
    }

    /** The headlines of feed {@code feed} (or of all of them), from the top, unfiltered. */
    static AppState open(AppState s, int feed) {
        AppState t = s.withShown(feed).withView(AppState.View.HEADLINES)
                .withHeadlines(HeadlinesState.START);
        return HeadlinesScreen.refilter(t);
    }

    /** The feeds screen's selection on feed {@code feed}'s row, so that going back lands there. */
    static AppState select(AppState s, int feed) {
        FeedRows rows = FeedRows.of(s.feeds());
        for (int r = 0; r < rows.count(); r++) {
            if (rows.feedAt(r) == feed) return s.withFeedList(s.feedList().select(r, rows.count(), height(s)));
        }
        return s;
    }

    /** All articles, the filter line taking the keys; Esc there goes back to the whole list. */
    static AppState filterAll(AppState s) {
        AppState t = open(s, AppState.ALL);
        return t.withHeadlines(t.headlines().withFilter(InputLine.EMPTY, true));
    }

    /** Back from the headlines: the feeds screen, its selection where it was. */
    static AppState back(AppState s) {
        return s.withArticle(null).withView(AppState.View.FEEDS);
    }

    static AppState fit(AppState s) {
        return s.severalFeeds() ? s.withFeedList(s.feedList().fit(rows(s), height(s))) : s;
    }

    private static int rows(AppState s) {
        return FeedRows.of(s.feeds()).count();
    }

    private static int height(AppState s) {
        return Regions.headlines(s.size()).bodyHeight();
    }

    static void draw(AppState s, TextGraphics g) {
        Regions r = Regions.headlines(s.size());
        Theme theme = s.settings().theme();
        Bars.header(g, r.width(), header(s), theme);
        HeadlineListState pos = s.feedList();
        FeedRows rows = FeedRows.of(s.feeds());
        int nameWidth = nameWidth(s, rows, r.width());
        int end = Math.min(rows.count(), pos.top() + r.bodyHeight());
        for (int i = pos.top(); i < end; i++) {
            int y = r.bodyTop() + i - pos.top();
            boolean selected = i == pos.selected();
            Theme.Look look = selected ? theme.selected() : theme.normal();
            if (selected) LineDrawer.fill(g, 0, y, r.width(), look);
            LineDrawer.drawText(g, 0, y, r.width(), row(s, rows.feedAt(i), r.width(), nameWidth), look);
        }
        String message = s.confirm() != null ? s.confirm().question() : s.status() != null ? s.status() : progress(s);
        if (message == null) message = selectedProblem(s);
        Bars.status(g, r.statusRow(), r.width(), message, KEYS, theme);
    }

    /**
     * What went wrong with the selected feed, in full: its row has room for the start only. On
     * All articles, what went wrong with a hidden feed: it has no row of its own to say so, and
     * its articles are the ones missing from All articles.
     */
    private static String selectedProblem(AppState s) {
        int feed = FeedRows.of(s.feeds()).feedAt(s.feedList().selected());
        if (feed != AppState.ALL) {
            String problem = s.feeds().get(feed).problem();
            return problem == null ? null : "⚠ " + problem;
        }
        List<FeedEntry> failed = s.feeds().stream().filter(e -> e.hidden() && e.problem() != null).toList();
        if (failed.isEmpty()) return null;
        String more = failed.size() == 1 ? "" : " (and " + (failed.size() - 1) + " more hidden feeds)";
        return "⚠ " + failed.get(0).hiddenProblem() + more;
    }

    /**
     * Columns the note keeps on a wide screen, before the name column takes more: at 80
     * columns "checked 2026-12-02 14:34, not modified" and "offline: copy fetched 2026-12-02
     * 14:34" show whole, and a name has 29.
     */
    private static final int NOTE_COLUMNS = 38;
    private static final String WAITING = "waiting for ";
    /** "12/345", right-aligned. */
    private static final int COUNTS_COLUMNS = 9;

    /** The server of an http(s) URL, or null for a file (which waits for nothing). */
    private static String host(String where) {
        if (where == null || !(where.startsWith("http://") || where.startsWith("https://"))) return null;
        try {
            return java.net.URI.create(where).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The name column: as wide as the longest name, up to a third of the screen, or more when
     * the screen leaves the notes their {@link #NOTE_COLUMNS} (or all they need) all the same:
     * at 200 columns a long URL or path shows whole, not cut at 40.
     */
    static int nameWidth(AppState s, FeedRows rows, int width) {
        int longest = 0;
        int longestNote = 0;
        for (int i = 0; i < rows.count(); i++) {
            int feed = rows.feedAt(i);
            if (feed == AppState.ALL) {
                longest = Math.max(longest, TextWidth.columns(FeedState.ALL_TITLE));
            } else {
                longest = Math.max(longest, TextWidth.columns(s.feeds().get(feed).name()));
                longestNote = Math.max(longestNote, TextWidth.columns(note(s, s.feeds().get(feed))));
            }
        }
        int most = Math.max(Math.min(40, width / 3), width - 1 - COUNTS_COLUMNS - 2 - Math.min(NOTE_COLUMNS, longestNote));
        return Math.max(8, Math.min(most, longest + 1));
    }

    /**
     * When the feed was fetched, or what it is doing, or what went wrong. A URL's load that has
     * not begun its download waits for a connection to the server (two at a time per server):
     * "waiting for example.com…", so slow feeds on one server do not look stuck all alike.
     */
    private static String note(AppState s, FeedEntry e) {
        String waitingFor = e.feed().loading() && !e.feed().started() && !s.settings().offline() ? host(e.where()) : null;
        if (waitingFor != null) return WAITING + waitingFor + "…";
        return e.feed().loading() ? (e.feed().complete() ? "refreshing…" : "loading…")
                : e.problem() != null ? "⚠ " + e.reason()
                : e.freshness() != null ? e.freshness() : "";
    }

    /**
     * One row: the name, then "unread/total", then when it was fetched or what went wrong. A name
     * that is the feed's URL or path (it has no title yet) is cut in the middle, so the end that
     * tells it from its neighbours stays.
     */
    static String row(AppState s, int feed, int width, int nameWidth) {
        String name;
        String counts;
        String note;
        if (feed == AppState.ALL) {
            name = FeedState.ALL_TITLE;
            counts = s.unreadInAllFeeds() + "/" + s.all().articles().size();
            note = "";
        } else {
            FeedEntry e = s.feeds().get(feed);
            name = e.name();
            counts = e.unread() + "/" + e.feed().articles().size();
            note = note(s, e);
        }
        boolean where = feed != AppState.ALL && name.equals(s.feeds().get(feed).where());
        String left = " " + (where ? TextWidth.fitMiddle(name, nameWidth - 1) : TextWidth.fit(name, nameWidth - 1));
        left = left + " ".repeat(Math.max(1, nameWidth + 1 - TextWidth.columns(left)));
        String start = left + String.format(java.util.Locale.ROOT, "%" + COUNTS_COLUMNS + "s", counts) + "  ";
        // "waiting for 12…" says less than "waiting…": a host that does not fit is left out.
        if (note.startsWith(WAITING) && TextWidth.columns(start + note) > width) note = "waiting…";
        if (TextWidth.columns(start + note) > width && !note.startsWith("⚠")) {
            note = FeedEntry.fitted(note, width - TextWidth.columns(start));
        }
        String line = start + note;
        return TextWidth.fit(line, width);
    }

    /**
     * "Gazette — 3 feeds, 12 unread"; with hidden feeds "2 feeds + 1 hidden, 12 unread". The
     * feed count is of rows, so it matches what is listed, and the hidden ones are named apart
     * so that nothing seems lost; the unread count is of every feed, hidden ones too, because
     * it is the All articles row's count just below and those articles are there to be read.
     */
    private static String header(AppState s) {
        FeedRows rows = FeedRows.of(s.feeds());
        String feeds = rows.visible() == 0 ? rows.hidden() + " hidden feeds"
                : rows.visible() + (rows.visible() == 1 ? " feed" : " feeds")
                        + (rows.hidden() == 0 ? "" : " + " + rows.hidden() + " hidden");
        return "Gazette — " + feeds + ", " + s.unreadInAllFeeds() + " unread";
    }

    /** While feeds load, how many are left; null when none is loading. */
    private static String progress(AppState s) {
        int loading = 0;
        for (FeedEntry e : s.feeds()) if (e.feed().loading()) loading++;
        // A count of feeds being read now, not of feeds left: a fetched copy starts a second read.
        return loading == 0 ? null : loading + " of " + s.feeds().size() + " feeds still loading…";
    }
}
