package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;

import java.util.List;

/**
 * The article view's search, as keys and drawing: / opens a query line on the status row;
 * as you type, the view moves to the first match from where you were (as less does);
 * Enter keeps the search, Esc while typing goes back to where you were. Afterwards
 * Enter, Ctrl-N and n go to the next match, Ctrl-P and N to the previous one, round the
 * ends (n and N as in less, while the matches show), and Esc clears the highlights; Ctrl-N and Ctrl-P work while typing too. Updates are pure;
 * {@link #highlight} only draws.
 */
final class SearchBar {
    private static final String KEPT_KEYS = "n ^N next  N ^P previous  Esc clear";

    private SearchBar() {}

    /** Also while the article is still opening: what is typed then is searched for once it is there. */
    static Next start(AppState s) {
        ArticleState a = s.article();
        return Next.of(with(s, a, ArticleSearch.begin(a.top())));
    }

    /** A key while the query line has the keys. */
    static Next typing(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        ArticleSearch search = a.tools().search();
        int height = Regions.article(s.size()).bodyHeight();
        switch (key.getKeyType()) {
            case Enter -> {
                if (search.query().isBlank()) return Next.of(with(s, a, null));
                if (a.page() == null) return Next.of(with(s, a, search.typed(false)));   // kept for the page
                if (search.matches().isEmpty()) {
                    return Next.of(with(s, a, null).withStatus("Not found: " + search.query().text()));
                }
                return Next.of(with(s, a, search.typed(false)));
            }
            case Escape -> {
                return Next.of(with(s, a.withTop(search.origin(), height), null));
            }
            case Character -> {
                // Ctrl-N / Ctrl-P walk the matches while the query is still being typed, as after Enter.
                if (key.isCtrlDown() && !key.isAltDown() && (key.getCharacter() == 'n' || key.getCharacter() == 'p')) {
                    return jump(s, key.getCharacter() == 'n' ? +1 : -1);
                }
                InputLine edited = LineEditing.edit(search.query(), key);
                if (edited == search.query()) return Next.of(s);
                return Next.of(query(s, edited));
            }
            default -> {
                InputLine edited = LineEditing.edit(search.query(), key);
                if (edited == search.query()) return Next.of(s);
                return Next.of(query(s, edited));
            }
        }
    }

    /** Pasted text goes into the query. */
    static AppState paste(AppState s, String text) {
        return query(s, s.article().tools().search().query().insertOnOneLine(text));
    }

    /** Next (+1) or previous (-1) match; before the page is there, a step is taken once it is. */
    static Next jump(AppState s, int delta) {
        ArticleState a = s.article();
        ArticleSearch search = a.tools().search();
        if (search != null && a.page() == null) return Next.of(with(s, a, search.stepLater(delta)));
        if (search == null || search.matches().isEmpty()) return Next.of(s.withStatus("No search: / searches the text"));
        ArticleSearch moved = search.step(delta);
        AppState t = with(s, reveal(a, moved.currentMatch(), Regions.article(s.size()).bodyHeight()), moved);
        boolean wrapped = delta > 0 ? moved.current() < search.current() : moved.current() > search.current();
        return Next.of(wrapped ? t.withStatus(delta > 0 ? "Search went on from the top" : "Search went on from the end")
                : t);
    }

    static AppState clear(AppState s) {
        return with(s, s.article(), null);
    }

    private static AppState query(AppState s, InputLine edited) {
        ArticleState a = s.article();
        ArticleSearch search = a.tools().search();
        List<StyledLine> lines = a.page() == null ? List.of() : a.page().layout(a.width()).lines();
        ArticleSearch found = search.withQuery(edited, lines, search.origin());
        int height = Regions.article(s.size()).bodyHeight();
        ArticleState moved = found.currentMatch() == null ? a.withTop(search.origin(), height)
                : reveal(a, found.currentMatch(), height);
        return with(s, moved, found);
    }

    /** The view moved so that {@code m} shows, with a little context above it when it had to move. */
    private static ArticleState reveal(ArticleState a, ArticleSearch.Match m, int height) {
        if (m == null || (m.line() >= a.top() && m.line() < a.top() + height)) return a;
        return a.withTop(m.line() - Math.min(2, height / 4), height);
    }

    private static AppState with(AppState s, ArticleState a, ArticleSearch search) {
        return s.withArticle(a.withTools(a.tools().withSearch(search)));
    }

    // ---- drawing -------------------------------------------------------------------

    /** Draws the matches on layout line {@code index} over the text already drawn at column {@code col}. */
    static void highlight(TextGraphics g, int col, int row, int width, StyledLine line, int index, ArticleSearch search,
                          Theme theme) {
        if (search == null || search.query().isBlank()) return;
        String text = line.plain();
        for (int[] m : search.segmentsOn(index, line)) {
            int x = col + TextWidth.columns(text.substring(0, m[0]));
            LineDrawer.drawText(g, x, row, col + width, text.substring(m[0], m[1]),
                    m[2] == 1 ? theme.currentMatch() : theme.match());
        }
    }

    /**
     * The status row while a search is kept: the query, where you are among its matches, and
     * the keys, whole ones while they fit {@code width}, so the row never spills onto a second.
     */
    static String summary(ArticleSearch search, boolean opening, int width) {
        String count = "  " + (opening ? "…" : search.count());
        String head = "/" + search.query().text() + count;
        if (TextWidth.columns(head) > width) {
            // The count matters more than the end of the query: the query is cut first.
            int room = width - TextWidth.columns("/" + count);
            return room < 2 ? TextWidth.fit(head, width) : "/" + TextWidth.fit(search.query().text(), room) + count;
        }
        String keys = Bars.wholeHints(KEPT_KEYS, width - TextWidth.columns(head) - 2);
        return keys.isEmpty() ? head : head + "  " + keys;
    }

    /** The query line on the status row while typing. */
    /** @param opening the article's page is not there yet, so nothing is known to be found or not */
    static void drawTyping(TextGraphics g, Regions r, ArticleSearch search, Theme theme, boolean opening) {
        InputLine.Window w = search.query().window(Math.max(1, r.width() - 1), 0);
        int x = LineDrawer.drawText(g, 0, r.statusRow(), r.width(), "/", theme.normal());
        x = LineDrawer.drawText(g, x, r.statusRow(), r.width(), w.visible(), theme.normal());
        String count = search.query().isBlank() ? "" : "  " + (opening ? "…" : search.count());
        if (x + TextWidth.columns(count) < r.width()) {
            LineDrawer.drawText(g, x, r.statusRow(), r.width(), count, theme.secondary());
        }
    }

    static TerminalPosition cursor(Regions r, ArticleSearch search) {
        InputLine.Window w = search.query().window(Math.max(1, r.width() - 1), 0);
        return new TerminalPosition(Math.min(r.width() - 1, 1 + w.cursorColumn()), r.statusRow());
    }
}
