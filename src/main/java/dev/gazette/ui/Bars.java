package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.Graphemes;
import dev.gazette.text.TextWidth;
import dev.gazette.text.Wrap;

import java.util.ArrayList;
import java.util.List;

/** The header and status rows every view shares. */
public final class Bars {
    private static final String ELLIPSIS = "\u2026";
    /** Rows at least this wide keep the start of a message that does not fit, as well as its end. */
    static final int HEAD_FROM = 30;

    private Bars() {}

    public static void header(TextGraphics g, int width, String text, Theme theme) {
        Theme.Look look = theme.bar();
        LineDrawer.fill(g, 0, 0, width, look);
        LineDrawer.drawText(g, 1, 0, width, TextWidth.fit(text, Math.max(0, width - 2)), look);
    }

    /**
     * A header's text in {@code room} columns: a long name (a feed's title) gives way before
     * what follows it (counts, position, the filter), down to {@value #NAME_AT_LEAST} columns,
     * or half the room on a narrow screen; down to a third when half would cut the number
     * that follows the name (the article's position, the count): at 20 columns "Acc… — 1/100",
     * not "Accide… — 1/1…", which reads as one of one. When even that cuts it, the name goes:
     * "1200/1200".
     */
    static String titled(String name, String rest, int room) {
        String half = titled(name, rest, room, room / 2);
        if (!cutsFirstNumber(half, rest, room)) return half;
        String third = titled(name, rest, room, room / 3);
        if (!cutsFirstNumber(third, rest, room)) return third;
        String bare = rest.startsWith(" \u2014 ") ? rest.substring(3) : rest;
        return TextWidth.columns(bare) <= room ? bare : third;
    }

    /** Whether {@code text} (a name, then {@code rest}) cut to {@code room} loses part of rest's first number. */
    private static boolean cutsFirstNumber(String text, String rest, int room) {
        String shown = TextWidth.fit(text, room);
        if (!shown.endsWith(ELLIPSIS)) return false;
        int start = text.length() - rest.length();
        int i = start;
        while (i < text.length() && !isNumberPart(text.charAt(i))) i++;
        int end = i;
        while (end < text.length() && isNumberPart(text.charAt(end))) end++;
        return end > i && shown.length() - 1 < end;
    }

    private static String titled(String name, String rest, int room, int nameAtLeast) {
        int atLeast = Math.min(TextWidth.columns(name), Math.min(NAME_AT_LEAST, nameAtLeast));
        int nameRoom = Math.max(room - TextWidth.columns(rest), atLeast);
        return TextWidth.fit(name, Math.max(0, nameRoom)) + rest;
    }

    private static boolean isNumberPart(char c) {
        return (c >= '0' && c <= '9') || c == '/' || c == ',';
    }

    /** Columns a cut name keeps at least, so that it still says which feed this is. */
    static final int NAME_AT_LEAST = 16;

    /** Header with a right-aligned part (e.g. the scroll percentage) that the left part gives way to. */
    public static void header(TextGraphics g, int width, String left, String right, Theme theme) {
        int rightWidth = TextWidth.columns(right);
        if (rightWidth + 4 > width) {
            header(g, width, left, theme);
            return;
        }
        Theme.Look look = theme.bar();
        LineDrawer.fill(g, 0, 0, width, look);
        LineDrawer.drawText(g, 1, 0, width, TextWidth.fit(left, Math.max(0, width - rightWidth - 3)), look);
        LineDrawer.drawText(g, width - rightWidth - 1, 0, width, right, look);
    }

    /** The status row: a message when there is one (its end kept when it is too long), else the view's main keys. */
    public static void status(TextGraphics g, int row, int width, String message, String keys, Theme theme) {
        status(g, row, width, message, keys, theme, -1);
    }

    /**
     * The status row, with a message too long for it spilling onto {@code spareRow} above it
     * (the article's input line: the message goes at the next key), so a URL or a path shows
     * in full where two rows hold it; one that does not fit even so shows its start and its end.
     *
     * @param spareRow the row above the status row the message may take, or -1
     */
    public static void status(TextGraphics g, int row, int width, String message, String keys, Theme theme,
                              int spareRow) {
        if (row < 1) return;
        if (message == null) {
            LineDrawer.drawText(g, 0, row, width, fitKeys(keys, width), theme.secondary());
            return;
        }
        List<String> lines = spareRow >= 1 && spareRow == row - 1 ? messageLines(message, width, 2)
                : List.of(keepEnd(message, width));
        if (lines.size() == 2) {
            LineDrawer.fill(g, 0, spareRow, width, theme.status());
            LineDrawer.drawText(g, 0, spareRow, width, lines.get(0), theme.status());
        }
        LineDrawer.drawText(g, 0, row, width, lines.get(lines.size() - 1), theme.status());
    }

    /**
     * The key hints ("↑↓ Move  Enter Open  ? Help") in width columns: whole hints from the
     * start while they fit, and "? Help" always, last, since that one leads to all the others.
     * Hints without it (the comment input's) are whole ones from the start too, not "Esc Lea…".
     */
    static String fitKeys(String keys, int width) {
        if (TextWidth.columns(keys) <= width) return keys;
        List<String> hints = new ArrayList<>(List.of(keys.split("  ")));
        String help = hints.stream().filter(h -> h.startsWith("? ")).findFirst().orElse(null);
        if (help == null) {
            String whole = wholeHints(keys, width);
            return whole.isEmpty() ? TextWidth.fit(keys, width) : whole;
        }
        hints.remove(help);
        String kept = wholeHints(String.join("  ", hints), width - TextWidth.columns("  " + help));
        return TextWidth.fit(kept.isEmpty() ? help : kept + "  " + help, width);
    }

    /** The hints of {@code hints} (two spaces apart) from the start, whole, while they fit {@code width}; maybe none. */
    static String wholeHints(String hints, int width) {
        StringBuilder kept = new StringBuilder();
        for (String h : hints.split("  ")) {
            int more = TextWidth.columns(h) + (kept.length() == 0 ? 0 : 2);
            if (TextWidth.columns(kept.toString()) + more > width) break;
            if (kept.length() > 0) kept.append("  ");
            kept.append(h);
        }
        return kept.toString();
    }

    /**
     * A message in at most {@code rows} rows of {@code width}: as it wraps when it fits;
     * else its first row, then the end of the rest ({@link #keepEnd}), since what a message
     * is about comes first and the path's end or the advice comes last.
     */
    static List<String> messageLines(String message, int width, int rows) {
        if (width < 1) return List.of("");
        if (TextWidth.columns(message) <= width || rows < 2) return List.of(keepEnd(message, width));
        List<String> wrapped = Wrap.wrap(message, width);
        if (wrapped.size() <= rows) return wrapped;
        String first = wrapped.get(0);
        String rest = message.substring(Math.min(message.length(), first.length())).stripLeading();
        return List.of(first, keepEnd(rest, width));
    }

    /**
     * {@code text} when it fits {@code width}, else its start and its end with "…" between:
     * what the message is about comes first, and the end of a path or the advice after the
     * last colon comes last, so the middle is what goes. The start takes at most half the
     * row and ends at a word; below {@value #HEAD_FROM} columns only the end is kept. The
     * end starts just before a "/" or after a space when one is near, with a whole name.
     */
    public static String keepEnd(String text, int width) {
        if (text == null || width <= 0) return "";
        if (TextWidth.columns(text) <= width) return text;
        if (width == 1) return ELLIPSIS;
        String head = "";
        if (width >= HEAD_FROM) {
            String start = TextWidth.take(text, width / 2);
            int space = start.lastIndexOf(' ');
            head = space > 0 ? start.substring(0, space) : "";
        }
        int room = width - 1 - TextWidth.columns(head);
        String rest = text.substring(head.length());
        // the smallest cluster boundary from which the rest fits in the room left
        Graphemes g = new Graphemes(rest);
        int from = 0;
        int cols = TextWidth.columns(rest);
        while (from < rest.length() && cols > room) {
            int next = g.next(from);
            cols -= TextWidth.columns(rest.substring(from, next));
            from = next;
        }
        // a name cut in two reads badly: start the end at the "/" or the word it is in when the
        // start can give up the room for it, else at the next "/" or word
        int back = from;
        while (back > 0 && rest.charAt(back - 1) != '/' && rest.charAt(back - 1) != ' '
                && from - back < width / 4) {
            back--;
        }
        if (back > 0 && back < from && (rest.charAt(back - 1) == '/' || rest.charAt(back - 1) == ' ')) {
            int b = rest.charAt(back - 1) == '/' ? back - 1 : back;
            String tail = rest.substring(b);
            int headRoom = width - 1 - TextWidth.columns(tail);
            if (headRoom >= 0 && (width < HEAD_FROM || headRoom > 0)) {
                String shorter = head.isEmpty() ? "" : TextWidth.take(head, headRoom);
                boolean wordEnds = shorter.length() == head.length() || head.charAt(shorter.length()) == ' ';
                int space = wordEnds ? shorter.length() : shorter.lastIndexOf(' ');
                return (space > 0 ? head.substring(0, space) : "") + ELLIPSIS + tail;
            }
        }
        int nearBy = from + Math.max(0, (rest.length() - from) / 3);
        for (int i = from; i < nearBy && i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '\\') {
                from = i;
                break;
            }
            if (c == ' ' && i + 1 < rest.length()) {
                from = i + 1;
                break;
            }
        }
        return head + ELLIPSIS + rest.substring(from);
    }
}
