package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.text.TextWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * The ? overlay: the current screen's key table, built from the same bindings dispatch
 * uses. When it does not fit the screen the movement keys scroll it; any other key closes it.
 */
final class HelpScreen {
    private HelpScreen() {}

    static HelpState forHeadlines() {
        return new HelpState(lines("Headlines", KeyMap.HEADLINES.bindings(), "Filter line (after /)",
                KeyMap.FILTER_HELP), 0);
    }

    static HelpState forFeeds() {
        return new HelpState(lines("Feeds", KeyMap.FEEDS.bindings(), "Filter line (in the headlines, after /)",
                KeyMap.FILTER_HELP), 0);
    }

    static HelpState forArticle() {
        return new HelpState(lines("Article", KeyMap.ARTICLE.bindings(), "Comment input (after c)",
                KeyMap.COMMENT_INPUT_HELP), 0);
    }

    /**
     * The help text for a screen: its key table, then the keys of the line editor that
     * screen has (the filter or the comment input), one "keys  description" line per binding.
     */
    static List<String> lines(String title, List<KeyBinding> bindings, String editorTitle,
                              List<KeyBinding> editorBindings) {
        int keysWidth = 0;
        for (KeyBinding b : bindings) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        for (KeyBinding b : editorBindings) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        List<String> out = new ArrayList<>();
        out.add(title + " (any key closes this help; Ctrl-C quits)");
        out.add("");
        for (KeyBinding b : bindings) out.add(row(b, keysWidth));
        out.add("");
        out.add(editorTitle);
        for (KeyBinding b : editorBindings) out.add(row(b, keysWidth));
        return out;
    }

    private static String row(KeyBinding b, int keysWidth) {
        return b.keys() + " ".repeat(keysWidth - TextWidth.columns(b.keys()) + 2) + b.description();
    }

    /** Scrolls a help that does not fit; any other key closes it. */
    static AppState update(AppState s, KeyStroke key) {
        HelpState h = s.help();
        int height = visibleLines(s.size().getRows());
        if (h.lines().size() > height) {
            Command c = KeyMap.HELP_SCROLL.commandFor(key).orElse(null);
            if (c != null) return s.withHelp(h.scrolledTo(VerticalScroll.step(c, h.top(), height,
                    h.lines().size() - 1), height));
        }
        return s.withHelp(null);
    }

    /** Lines of text the box shows on a screen of {@code rows} rows: all but the frame. */
    private static int visibleLines(int rows) {
        return rows >= 3 ? rows - 2 : rows;
    }

    /** A framed box in the middle of the screen; on a small screen the frame goes first, then lines. */
    static void draw(AppState s, TextGraphics g) {
        HelpState h = s.help();
        int width = s.size().getColumns();
        int height = s.size().getRows();
        Theme.Look look = s.settings().theme().selected();
        List<String> lines = h.lines();
        int inner = 0;
        for (String l : lines) inner = Math.max(inner, TextWidth.columns(l));
        int boxWidth = Math.min(width, inner + 4);
        int boxHeight = Math.min(height, lines.size() + 2);
        int left = (width - boxWidth) / 2;
        int top = (height - boxHeight) / 2;
        for (int row = top; row < top + boxHeight; row++) LineDrawer.fill(g, left, row, boxWidth, look);
        boolean framed = boxWidth >= 4 && boxHeight >= 3;
        if (framed) frame(g, left, top, boxWidth, boxHeight, look);
        int pad = framed ? 2 : 0;
        int first = framed ? 1 : 0;
        int shown = boxHeight - 2 * first;
        int from = VerticalScroll.clamp(h.top(), lines.size(), shown);
        for (int i = 0; i < shown && from + i < lines.size(); i++) {
            String l = TextWidth.fit(lines.get(from + i), Math.max(0, boxWidth - 2 * pad));
            LineDrawer.drawText(g, left + pad, top + first + i, left + boxWidth - pad, l, look);
        }
        if (framed && lines.size() > shown) {
            String more = from + shown < lines.size() ? "↓ more" : "↑";
            LineDrawer.drawText(g, left + Math.max(1, boxWidth - TextWidth.columns(more) - 2), top + boxHeight - 1,
                    left + boxWidth - 1, more, look);
        }
    }

    private static void frame(TextGraphics g, int left, int top, int w, int h, Theme.Look look) {
        int right = left + w - 1;
        int bottom = top + h - 1;
        LineDrawer.drawText(g, left, top, right + 1, "┌" + "─".repeat(w - 2) + "┐", look);
        LineDrawer.drawText(g, left, bottom, right + 1, "└" + "─".repeat(w - 2) + "┘", look);
        for (int row = top + 1; row < bottom; row++) {
            LineDrawer.drawText(g, left, row, left + 1, "│", look);
            LineDrawer.drawText(g, right, row, right + 1, "│", look);
        }
    }
}
