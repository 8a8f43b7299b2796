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
 * fetched, or what went wrong. {@link #update} is pure; {@link #draw} only reads.
 */
final class FeedsScreen {
    static final String KEYS = "↑↓ Move  Enter Open  / Filter  r Refresh  R All  ? Help  q Quit";

    private FeedsScreen() {}

    static Next update(AppState s, KeyStroke key) {
        Optional<Command> command = KeyMap.FEEDS.commandFor(key);
        if (command.isEmpty()) return Next.of(KeyMap.unbound(s, key));
        int row = s.feedList().selected();
        return switch (command.get()) {
            case QUIT -> Next.of(s.stopped(null));
            case HELP -> Next.of(s.withHelp(HelpScreen.forFeeds()));
            case OPEN -> Next.of(open(s, row == 0 ? AppState.ALL : row - 1));
            case RELOAD -> row == 0 ? Router.reloadAll(s) : Router.reload(s, row - 1, true);
            case RELOAD_ALL -> Router.reloadAll(s);
            case MARK_ALL_READ -> markRead(s, row == 0 ? AppState.ALL : row - 1);
            // newsboat's / on its feed list searches every feed: here, All articles with the filter line open.
            case FILTER -> Next.of(filterAll(s));
            default -> Next.of(s.withFeedList(s.feedList().apply(command.get(), rows(s), height(s))));
        };
    }

    /** A (newsboat's key on its feed list): every article of feed {@code feed} (or of all) marked read. */
    private static Next markRead(AppState s, int feed) {
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
        return s.feeds().size() + 1;
    }

    private static int height(AppState s) {
        return Regions.headlines(s.size()).bodyHeight();
    }

    static void draw(AppState s, TextGraphics g) {
        Regions r = Regions.headlines(s.size());
        Theme theme = s.settings().theme();
        Bars.header(g, r.width(), header(s), theme);
        HeadlineListState pos = s.feedList();
        int end = Math.min(rows(s), pos.top() + r.bodyHeight());
        for (int i = pos.top(); i < end; i++) {
            int y = r.bodyTop() + i - pos.top();
            boolean selected = i == pos.selected();
            Theme.Look look = selected ? theme.selected() : theme.normal();
            if (selected) LineDrawer.fill(g, 0, y, r.width(), look);
            LineDrawer.drawText(g, 0, y, r.width(), row(s, i, r.width()), look);
        }
        String message = s.status() != null ? s.status() : progress(s);
        if (message == null) message = selectedProblem(s);
        Bars.status(g, r.statusRow(), r.width(), message, KEYS, theme);
    }

    /** What went wrong with the selected feed, in full: its row has room for the start only. */
    private static String selectedProblem(AppState s) {
        int row = s.feedList().selected();
        if (row < 1 || row > s.feeds().size()) return null;
        String problem = s.feeds().get(row - 1).problem();
        return problem == null ? null : "⚠ " + problem;
    }

    /** One row: the name, then "unread/total", then when it was fetched or what went wrong. */
    static String row(AppState s, int i, int width) {
        String name;
        String counts;
        String note;
        if (i == 0) {
            name = FeedState.ALL_TITLE;
            counts = s.unreadInAllFeeds() + "/" + s.all().articles().size();
            note = "";
        } else {
            FeedEntry e = s.feeds().get(i - 1);
            name = e.name();
            counts = e.unread() + "/" + e.feed().articles().size();
            note = e.feed().loading() ? (e.feed().complete() ? "refreshing…" : "loading…")
                    : e.problem() != null ? "⚠ " + e.problem()
                    : e.freshness() != null ? e.freshness() : "";
        }
        int nameWidth = Math.max(8, Math.min(30, width / 3));
        String left = " " + TextWidth.fit(name, nameWidth - 1);
        left = left + " ".repeat(Math.max(1, nameWidth + 1 - TextWidth.columns(left)));
        String line = left + String.format(java.util.Locale.ROOT, "%9s", counts) + "  " + note;
        return TextWidth.fit(line, width);
    }

    private static String header(AppState s) {
        int n = s.feeds().size();
        return "Gazette — " + n + " feeds, " + s.unreadInAllFeeds() + " unread";
    }

    /** While feeds load, how many are left; null when none is loading. */
    private static String progress(AppState s) {
        int loading = 0;
        for (FeedEntry e : s.feeds()) if (e.feed().loading()) loading++;
        // A count of feeds being read now, not of feeds left: a fetched copy starts a second read.
        return loading == 0 ? null : loading + " of " + s.feeds().size() + " feeds still loading…";
    }
}
