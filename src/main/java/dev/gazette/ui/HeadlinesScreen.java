package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import dev.gazette.feed.Article;
import dev.gazette.feed.CleanText;
import dev.gazette.text.Style;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;
import dev.gazette.text.Wrap;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headline list: one row per article, a filter line, read marks. {@link #update} is
 * pure; {@link #draw} only reads the state and touches only the visible rows.
 */
final class HeadlinesScreen {
    static final String KEYS = "↑↓ Move  Enter Open  / Filter  ? Help  q Quit";
    /** With several feeds, q goes back to them. */
    static final String KEYS_BACK = KEYS.replace("q Quit", "q Back");
    private static final int WHEEL_LINES = 3;

    private HeadlinesScreen() {}

    static final String STILL_LOADING = "Still loading: A asks once the whole list is in";

    static Next update(AppState s, KeyStroke key) {
        if (key instanceof MouseAction mouse) return mouse(s, mouse);
        if (s.headlines().filtering()) return Next.of(FilterLine.key(s, key));
        Optional<Command> command = KeyMap.HEADLINES.commandFor(key);
        if (command.isEmpty()) return Next.of(KeyMap.HEADLINES.unbound(s, key));
        HeadlinesState h = s.headlines();
        return switch (command.get()) {
            case QUIT -> Next.of(s.severalFeeds() ? FeedsScreen.back(s) : s.stopped(null));
            case QUIT_NOW -> Next.of(s.stopped(null));
            case BACK -> Next.of(clearsFilter(key, h) ? refilter(s.withHeadlines(h.withFilter(InputLine.EMPTY, false)))
                    : s.severalFeeds() ? FeedsScreen.back(s) : s.withStatus("One feed, no feeds screen to go back to: q quits"));
            case HELP -> Next.of(s.withHelp(HelpScreen.forHeadlines(s.settings().notes())));
            case OPEN -> ArticleScreen.openSelected(s);
            // newsboat's n in its list: the selected article when it is unread, else the next one that is.
            case NEXT_UNREAD -> h.selected() != null && !s.isRead(h.selected()) ? ArticleScreen.openSelected(s)
                    : ReadingOrder.nextUnread(s);
            case FILTER -> Next.of(s.withHeadlines(h.withFilter(h.filter(), true)), new Effect.PrepareFilter(s.feed().memo().filter()));
            case UNREAD_ONLY -> {
                AppState t = refilter(s.withHeadlines(h.withUnreadOnly(!h.unreadOnly())));
                yield Next.of(t.withStatus(t.headlines().unreadOnly()
                        ? "Showing unread articles only (u shows all)" : "Showing all articles"));
            }
            case TOGGLE_READ -> toggleRead(s);
            case MARK_ALL_READ -> Next.of(askMarkAll(s));
            case RELOAD -> s.shown() == AppState.ALL ? FeedLoads.reloadAll(s) : FeedLoads.reload(s, s.shown(), true);
            case RELOAD_ALL -> FeedLoads.reloadAll(s);
            case OPEN_LINK, COPY_LINK -> selectedLink(s, command.get());
            default -> Next.of(move(s, command.get()));
        };
    }

    /**
     * Esc with a filter kept clears it, as Esc clears a kept search in the article: the list
     * a user filtered is what they look at, and Esc is the key they try first to leave it.
     */
    private static boolean clearsFilter(KeyStroke key, HeadlinesState h) {
        return key.getKeyType() == KeyType.Escape && !h.filter().text().isEmpty();
    }

    /** A asks first, as newsboat does; only the articles the list shows (a filter narrows it) count. */
    static AppState askMarkAll(AppState s) {
        // A count asked while the first reading goes on is stale by the answer: y then asked again.
        if (s.feed().firstReading()) return s.withStatus(STILL_LOADING);
        long unread = s.headlines().visible().stream().filter(a -> !s.isRead(a)).count();
        if (unread == 0) return s.withStatus("Nothing to mark: every article shown is read");
        String which = s.headlines().filter().text().isEmpty() ? "" : " that match the filter";
        return s.withConfirm(new Confirm(Confirm.markQuestion(s, unread, which), s.shown(), unread));
    }

    /** A, answered y: the articles the list shows, marked read. */
    static Next markAllShown(AppState s) {
        Next marked = Marking.markAll(s, s.headlines().visible());
        return new Next(refiltered(marked.state()), marked.effects());
    }

    /** o and y on a headline: the article's link (else the page it links to) to the browser or the clipboard. */
    private static Next selectedLink(AppState s, Command command) {
        Article a = s.headlines().selected();
        if (a == null) return Next.of(s);
        String url = a.url() != null ? a.url() : a.externalUrl();
        boolean open = command == Command.OPEN_LINK;
        if (url == null) return Next.of(s.withStatus("This article has no link to " + (open ? "open" : "copy")));
        return Next.of(s, open ? new Effect.OpenUrl(url) : new Effect.CopyUrl(url));
    }

    /** The list after the feed, the filter or the marks changed: the selected article stays selected. */
    static AppState refilter(AppState s) {
        HeadlinesState h = s.headlines();
        Article selected = h.selected();
        List<Article> rows = s.feed().memo().filter().apply(h.filter().text(), h.unreadOnly(), s::isRead);
        int index = selected == null ? 0 : indexOf(s, rows, selected.id(), s.sourceOf(selected));
        if (index < 0) index = nextKept(h.visible(), h.position().selected(), rows);
        return s.withHeadlines(h.withVisible(rows, h.position().select(index, rows.size(), height(s.size()))));
    }

    /**
     * Where a selection that left the list goes: to the first article at or after it in the list
     * before that is still shown (u on a read article: the next unread one, not whichever now
     * has its row number), else to the row with its number, as far as the list goes.
     */
    private static int nextKept(List<Article> before, int selected, List<Article> rows) {
        if (rows.isEmpty()) return 0;
        Set<Article> shown = Collections.newSetFromMap(new IdentityHashMap<>(rows.size() * 2));
        shown.addAll(rows);
        for (int i = Math.max(0, selected); i < before.size(); i++) {
            if (!shown.contains(before.get(i))) continue;
            for (int r = 0; r < rows.size(); r++) if (rows.get(r) == before.get(i)) return r;
        }
        return Math.max(0, Math.min(selected, rows.size() - 1));
    }

    /**
     * Selects the row of article {@code id} from feed {@code source} when shown ({@code rows}
     * are {@code in}'s); else the row at the same place (the one after an article that left
     * the list, so that reading on from it skips nothing), else the first.
     */
    static HeadlineListState select(AppState in, List<Article> rows, String id, int source, HeadlineListState from,
                                    int height) {
        int found = id == null ? -1 : indexOf(in, rows, id, source);
        int index = found >= 0 ? found : id == null ? 0 : Math.max(0, Math.min(from.selected(), rows.size() - 1));
        return from.select(index, rows.size(), height);
    }

    /** The row of article {@code id} from feed {@code source}, or -1. */
    private static int indexOf(AppState in, List<Article> rows, String id, int source) {
        for (int i = 0; i < rows.size(); i++) {
            // In All articles two feeds may give the same id: the row is the article's of its own feed.
            if (rows.get(i).id().equals(id) && in.sourceOf(rows.get(i)) == source) return i;
        }
        return -1;
    }

    static AppState move(AppState s, Command command) {
        HeadlinesState h = s.headlines();
        return s.withHeadlines(h.withPosition(h.position().apply(command, h.visible().size(), height(s.size()))));
    }

    static int height(TerminalSize size) {
        return Regions.headlines(size).bodyHeight();
    }

    private static AppState refiltered(AppState s) {
        return s.headlines().unreadOnly() ? refilter(s) : s;
    }

    private static Next toggleRead(AppState s) {
        Article a = s.headlines().selected();
        if (a == null) return Next.of(s);
        Next marked = Marking.mark(s, a, !s.isRead(a));
        AppState t = refiltered(marked.state());
        // In the unread-only list the row goes at once: say where it went, and how to see it again.
        if (t.headlines().unreadOnly() && marked.state().isRead(a)) t = t.withStatus("Marked read: u shows every article");
        return new Next(t, marked.effects());
    }

    private static Next mouse(AppState s, MouseAction mouse) {
        return switch (mouse.getActionType()) {
            case SCROLL_UP -> Next.of(wheel(s, Command.UP));
            case SCROLL_DOWN -> Next.of(wheel(s, Command.DOWN));
            case CLICK_DOWN -> click(s, mouse.getPosition());
            default -> Next.of(s);
        };
    }

    private static AppState wheel(AppState s, Command direction) {
        AppState t = s;
        for (int i = 0; i < WHEEL_LINES; i++) t = move(t, direction);
        return t;
    }

    /** A click selects a headline; a click on the selected one (so a double click) opens it. */
    private static Next click(AppState s, TerminalPosition at) {
        Regions r = Regions.headlines(s.size());
        HeadlinesState h = s.headlines();
        int row = at.getRow() - r.bodyTop();
        if (row < 0 || row >= r.bodyHeight()) return Next.of(s);
        int index = h.position().top() + row;
        if (index >= h.visible().size()) return Next.of(s);
        if (index == h.position().selected()) return ArticleScreen.openSelected(s);
        return Next.of(s.withHeadlines(h.withPosition(h.position().select(index, h.visible().size(), r.bodyHeight()))));
    }

    // ---- drawing -------------------------------------------------------------------

    static void draw(AppState s, TextGraphics g) {
        Regions r = Regions.headlines(s.size());
        Theme theme = s.settings().theme();
        HeadlinesState h = s.headlines();
        Bars.header(g, r.width(), Bars.titled(HeadlinesHeader.name(s), HeadlinesHeader.rest(s, r.width() - 2), r.width() - 2), theme);
        List<Article> rows = h.visible();
        if (rows.isEmpty()) {
            // Wrapped: a failed feed's message names its file or URL, often wider than the screen.
            List<String> lines = Wrap.wrap(CleanText.line(HeadlinesHeader.emptyMessage(s)), Math.max(1, r.width() - 1));
            for (int i = 0; i < lines.size() && i < r.bodyHeight(); i++) {
                LineDrawer.drawText(g, 1, r.bodyTop() + i, r.width(), lines.get(i), theme.secondary());
            }
        }
        int end = Math.min(rows.size(), h.position().top() + r.bodyHeight());
        for (int i = h.position().top(); i < end; i++) {
            drawRow(s, g, r, rows.get(i), r.bodyTop() + i - h.position().top(), i == h.position().selected());
        }
        if (h.filtering()) {
            InputLine.Window w = h.filter().window(Math.max(1, r.width() - 1), 0);
            int x = LineDrawer.drawText(g, 0, r.statusRow(), r.width(), "/", theme.normal());
            LineDrawer.drawText(g, x, r.statusRow(), r.width(), w.visible(), theme.normal());
        } else {
            // A question waiting for y stays in sight whatever a reload says meanwhile. A message
            // too long for the row (two damaged files, a failed URL) takes the list's last row too
            // until the next key, as the article's does its input row.
            String message = s.confirm() != null ? s.confirm().question() : s.status();
            int spare = r.bodyHeight() >= 3 ? r.bodyTop() + r.bodyHeight() - 1 : -1;
            Bars.status(g, r.statusRow(), r.width(), message, s.severalFeeds() ? KEYS_BACK : KEYS, theme, spare);
        }
    }

    private static void drawRow(AppState s, TextGraphics g, Regions r, Article a, int row, boolean selected) {
        Theme theme = s.settings().theme();
        boolean unread = !s.isRead(a);
        // "All articles" names each article's feed where a single feed's list names its author.
        String byline = s.shown() == AppState.ALL ? s.feeds().get(s.sourceOf(a)).name() : a.byline();
        HeadlineRow.Parts parts = HeadlineRow.layout(r.width(), unread, a.date(), s.feed().memo().titleOf(a),
                byline, s.settings().zone());
        Theme.Look look = selected ? theme.selected() : unread ? theme.normal() : theme.secondary();
        if (selected) LineDrawer.fill(g, 0, row, r.width(), look);
        int x = LineDrawer.drawText(g, 0, row, r.width(), parts.mark() + parts.date()
                + (parts.date().isEmpty() ? "" : "  "), selected ? look : theme.secondary());
        int source = s.sourceOf(a);
        String count = CommentCounts.label(s.feeds().get(source).commentCount(a.id()),
                s.drafts().containsKey(AppState.draftKey(source, a.id())), r.width());
        // with an author column the title is padded to it: the count takes its columns from the title
        int titleColumns = parts.author().isEmpty() ? r.width() - x : TextWidth.columns(parts.title());
        int authorAt = x + titleColumns;
        String title = count.isEmpty() ? parts.title()
                : CommentCounts.titleFor(s.feed().memo().titleOf(a), titleColumns, count);
        x = LineDrawer.draw(g, x, row, r.width() - x, StyledLine.plain(title), theme,
                unread && !selected ? theme.text(Set.of(Style.BOLD), look) : look);
        if (!count.isEmpty()) x = LineDrawer.drawText(g, x, row, r.width(), count, selected ? look : theme.secondary());
        if (!parts.author().isEmpty()) {
            LineDrawer.drawText(g, Math.max(x, authorAt), row, r.width(), "  " + parts.author(),
                    selected ? look : theme.secondary());
        }
    }

    /** Where the terminal's cursor belongs: in the filter line while it has the keys, else hidden. */
    static TerminalPosition cursor(AppState s) {
        if (!s.headlines().filtering()) return null;
        Regions r = Regions.headlines(s.size());
        InputLine.Window w = s.headlines().filter().window(Math.max(1, r.width() - 1), 0);
        return new TerminalPosition(Math.min(r.width() - 1, 1 + w.cursorColumn()), r.statusRow());
    }

}
