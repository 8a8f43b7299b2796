package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.gazette.text.TextWidth;
import dev.gazette.text.Wrap;

import java.util.ArrayList;
import java.util.List;

/**
 * The ? overlay: the current screen's key table, built from the same bindings dispatch
 * uses. When it does not fit the screen the movement keys scroll it; any other key closes it.
 */
final class HelpScreen {
    private static final String LINK_LIST_SECTION = "Link list (after L)";

    private HelpScreen() {}

    static HelpState forHeadlines(List<String> notes) {
        return new HelpState(withNotes(lines("Headlines", KeyMap.HEADLINES.bindings(), "Filter line (after /)",
                KeyMap.FILTER_HELP), notes), 0);
    }

    static HelpState forFeeds(List<String> notes) {
        return new HelpState(withNotes(lines("Feeds", KeyMap.FEEDS.bindings(), "Filter line (in the headlines, after /)",
                KeyMap.FILTER_HELP), notes), 0);
    }

    /**
     * The notes on the feeds (lines of the feeds file skipped, and why; a journal that cannot
     * be written) after the keys: the status line said how many there were only until the
     * first key, and stderr shows them only once Gazette quits.
     */
    private static List<String> withNotes(List<String> lines, List<String> notes) {
        if (notes.isEmpty()) return lines;
        List<String> out = new ArrayList<>(lines);
        out.add("");
        out.add("Notes on the feeds (printed again when Gazette quits)");
        out.addAll(notes);
        return out;
    }

    static HelpState forArticle() {
        return new HelpState(lines("Article", KeyMap.ARTICLE.bindings(), List.of(
                new Section("Comment input (after c)", KeyMap.COMMENT_INPUT_HELP),
                new Section("Search line (after /)", KeyMap.SEARCH_HELP),
                new Section(LINK_LIST_SECTION, KeyMap.LINK_LIST.bindings()))), 0);
    }

    /** The article's help scrolled to the link list's keys: ? pressed while the list is open. */
    static HelpState forLinkList() {
        return new HelpState(forArticle().lines(), 0, LINK_LIST_SECTION);
    }

    /** The first line shown: where it was scrolled to, or its section's title as the box lays it out. */
    static int top(HelpState h, Box box) {
        if (h.section() == null) return h.top();
        List<String> lines = box.lines();
        for (int i = 1; i < lines.size(); i++) {
            // the title, or its first row where it wraps; after the blank line every section has
            String l = lines.get(i).strip();
            if (!l.isEmpty() && lines.get(i - 1).isBlank() && h.section().startsWith(l)) return i;
        }
        return h.top();
    }

    /** A titled group of keys after a screen's own table: a line editor's, an overlay's. */
    record Section(String title, List<KeyBinding> bindings) {}

    /**
     * The help text for a screen: its key table, then the keys of the line editor that
     * screen has (the filter or the comment input), one "keys  description" line per binding.
     */
    static List<String> lines(String title, List<KeyBinding> bindings, String editorTitle,
                              List<KeyBinding> editorBindings) {
        return lines(title, bindings, List.of(new Section(editorTitle, editorBindings)));
    }

    /** The help text for a screen: its key table, then each section, keys aligned in one column. */
    static List<String> lines(String title, List<KeyBinding> bindings, List<Section> sections) {
        int keysWidth = 0;
        for (KeyBinding b : bindings) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        for (Section section : sections) {
            for (KeyBinding b : section.bindings()) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        }
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add("");
        for (KeyBinding b : bindings) out.add(row(b, keysWidth));
        for (Section section : sections) {
            out.add("");
            out.add(section.title());
            for (KeyBinding b : section.bindings()) out.add(row(b, keysWidth));
        }
        return out;
    }

    private static String row(KeyBinding b, int keysWidth) {
        return b.keys() + " ".repeat(keysWidth - TextWidth.columns(b.keys()) + 2) + b.description();
    }

    /** Scrolls a help that does not fit (keys, the wheel); any other key closes it, a click too. */
    static AppState update(AppState s, KeyStroke key) {
        HelpState h = s.help();
        Box box = Box.of(h.lines(), s.size());
        MouseActionType mouse = key instanceof MouseAction m ? m.getActionType() : null;
        boolean wheel = mouse == MouseActionType.SCROLL_UP || mouse == MouseActionType.SCROLL_DOWN;
        if (mouse != null && !wheel && mouse != MouseActionType.CLICK_DOWN) return s;   // a release, a drag
        if (box.lines().size() > box.shown()) {
            Command c = wheel ? (mouse == MouseActionType.SCROLL_UP ? Command.UP : Command.DOWN)
                    : KeyMap.HELP_SCROLL.commandFor(key).orElse(null);
            if (c != null) {
                int top = VerticalScroll.step(c, top(h, box), box.shown(), box.lines().size() - 1);
                return s.withHelp(new HelpState(h.lines(), VerticalScroll.clamp(top, box.lines().size(), box.shown())));
            }
        }
        return wheel ? s : s.withHelp(null);   // a help that fits: the wheel has nothing to scroll
    }

    /**
     * Where the help goes on a screen and the lines it shows there: a framed box in the
     * middle, as wide as its longest line or the screen; on a narrow screen a key row too
     * long for it breaks into the keys, then the description indented below, so nothing is
     * cut off; on a tiny one the frame goes first. Update and draw both use it, so
     * scrolling agrees with what is drawn.
     */
    record Box(int left, int top, int width, int height, boolean framed, int pad, List<String> lines) {
        private static final String CLOSES = " (any key closes this help; Ctrl-C quits)";
        private static final String SCROLLS = " (↑↓ j k PgDn scroll; other keys close, ^C quits)";   // j k scroll too: say so

        static Box of(List<String> raw, TerminalSize size) {
            Box closes = laidOut(titled(raw, CLOSES), size);
            return closes.lines().size() <= closes.shown() ? closes : laidOut(titled(raw, SCROLLS), size);
        }

        /** The first line, the title, with what the keys do to the help: said so only when it scrolls. */
        private static List<String> titled(List<String> raw, String note) {
            List<String> out = new ArrayList<>(raw);
            if (!out.isEmpty()) out.set(0, out.get(0) + note);
            return out;
        }

        private static Box laidOut(List<String> raw, TerminalSize size) {
            int width = size.getColumns();
            int height = size.getRows();
            int natural = 0;
            for (String l : raw) natural = Math.max(natural, TextWidth.columns(l));
            int boxWidth = Math.min(width, natural + 4);
            boolean framed = boxWidth >= 4 && height >= 3;
            int pad = !framed ? 0 : boxWidth >= natural + 4 || width >= 40 ? 2 : 1;
            List<String> lines = fitted(raw, Math.max(1, boxWidth - 2 * pad));
            int boxHeight = Math.min(height, lines.size() + (framed ? 2 : 0));
            return new Box((width - boxWidth) / 2, (height - boxHeight) / 2, boxWidth, boxHeight, framed, pad, lines);
        }

        int shown() {
            return Math.max(1, framed ? height - 2 : height);
        }
    }

    /** Each line as it shows in {@code width} columns: as it is when it fits, else broken as {@link Box} says. */
    static List<String> fitted(List<String> raw, int width) {
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            if (TextWidth.columns(line) <= width) {
                out.add(line);
                continue;
            }
            int gap = line.indexOf("  ");
            String keys = gap > 0 ? line.substring(0, gap) : "";
            String rest = gap > 0 ? line.substring(gap).strip() : line;
            if (!keys.isEmpty()) out.addAll(Wrap.wrap(keys, width));
            boolean indent = !keys.isEmpty() && width > 6;
            List<String> wrapped = Wrap.wrap(rest, indent ? width - 2 : width);
            for (String w : wrapped) out.add(indent ? "  " + w : w);
        }
        return out;
    }

    /** A framed box in the middle of the screen; on a small screen the frame goes first, then lines. */
    static void draw(AppState s, TextGraphics g) {
        HelpState h = s.help();
        Theme.Look look = s.settings().theme().selected();
        Box box = Box.of(h.lines(), s.size());
        List<String> lines = box.lines();
        for (int row = box.top(); row < box.top() + box.height(); row++) {
            LineDrawer.fill(g, box.left(), row, box.width(), look);
        }
        if (box.framed()) frame(g, box.left(), box.top(), box.width(), box.height(), look);
        int first = box.framed() ? 1 : 0;
        int shown = box.shown();
        int from = VerticalScroll.clamp(top(h, box), lines.size(), shown);
        int inner = Math.max(0, box.width() - 2 * box.pad());
        for (int i = 0; i < shown && from + i < lines.size(); i++) {
            String l = TextWidth.fit(lines.get(from + i), inner);
            LineDrawer.drawText(g, box.left() + box.pad(), box.top() + first + i, box.left() + box.pad() + inner, l, look);
        }
        String more = VerticalScroll.moreMark(from, shown, lines.size());
        if (box.framed() && !more.isEmpty()) {
            int right = box.left() + box.width() - 1;
            LineDrawer.drawText(g, Math.max(box.left() + 1, right - TextWidth.columns(more) - 1),
                    box.top() + box.height() - 1, right, more, look);
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
