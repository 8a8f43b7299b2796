package dev.gazette.ui;

import dev.gazette.text.Graphemes;
import dev.gazette.text.TextWidth;
import java.util.Arrays;

/**
 * The comment input's text and cursor, edited like a shell line. Immutable; the cursor is
 * a UTF-16 index that sits on a grapheme cluster boundary ({@link Graphemes}), so a letter
 * with its marks, a flag, a keycap or a family emoji moves and deletes as one. (While a
 * character beyond the BMP is being typed, its two UTF-16 halves arrive one by one and the
 * cursor sits between them until the second comes.)
 */
public record InputLine(String text, int cursor) {

    public static final InputLine EMPTY = new InputLine("", 0);

    public InputLine {
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public InputLine insert(char c) {
        String t = text.substring(0, cursor) + c + text.substring(cursor);
        return new InputLine(t, cursor + 1);
    }

    /** Pasted text at the cursor, on one line: a line break or another control character is a space. */
    public InputLine insertOnOneLine(String text) {
        InputLine q = this;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            q = q.insert(Character.isISOControl(c) ? ' ' : c);
        }
        return q;
    }

    public InputLine left() {
        return new InputLine(text, previousBoundary(cursor));
    }

    public InputLine right() {
        return new InputLine(text, nextBoundary(cursor));
    }

    public InputLine home() {
        return new InputLine(text, 0);
    }

    public InputLine end() {
        return new InputLine(text, text.length());
    }

    public InputLine backspace() {
        if (cursor == 0) return this;
        int from = previousBoundary(cursor);
        return new InputLine(text.substring(0, from) + text.substring(cursor), from);
    }

    public InputLine delete() {
        if (cursor == text.length()) return this;
        int to = nextBoundary(cursor);
        return new InputLine(text.substring(0, cursor) + text.substring(to), cursor);
    }

    /** Ctrl-W: deletes the word before the cursor and the spaces after it, as shells do. */
    public InputLine deleteWordBefore() {
        int from = cursor;
        while (from > 0 && isSpaceBefore(from)) from = previousBoundary(from);
        while (from > 0 && !isSpaceBefore(from)) from = previousBoundary(from);
        return new InputLine(text.substring(0, from) + text.substring(cursor), from);
    }

    /** Ctrl-U: deletes from the start of the line to the cursor. */
    public InputLine deleteToStart() {
        return new InputLine(text.substring(cursor), 0);
    }

    /** The cursor's column in the whole line as drawn (clusters at their terminal widths). */
    public int cursorColumn() {
        return TextWidth.columns(text.substring(0, cursor));
    }

    /**
     * The part of the line to show in {@code width} columns, scrolled so that the cursor
     * is visible, and the cursor's column within it, counted as the text is drawn (a wide
     * character two columns, a letter with its marks one). {@code offset} is the index of
     * the first shown character last time, so the view only scrolls when it must.
     *
     * <p>One pass over the line measures its clusters; the scrolling then works on their
     * running widths, so a pasted 100 KB draft costs a pass, not a pass per cluster.
     */
    public Window window(int width, int offset) {
        int w = Math.max(1, width);
        Clusters c = new Clusters(text);
        int cursorAt = c.atOrBefore(cursor);
        // Within a cluster only while a character beyond the BMP arrives in halves: its first half counts.
        int cursorExtra = c.start(cursorAt) == cursor ? 0 : TextWidth.columns(text.substring(c.start(cursorAt), cursor));
        int first = c.atOrBefore(Math.max(0, Math.min(offset, cursor)));
        // Scroll right until the cursor (plus one cell for it) fits; with text after the cursor,
        // one cell more, where the "›" of Window#marked goes.
        int lastCursorColumn = w - 1 - (cursorAt < c.count() && w >= 3 ? 1 : 0);
        while (first < cursorAt && c.columns(first, cursorAt) + cursorExtra > lastCursorColumn) first++;
        // With text hidden on the left, the cursor stays off the first cell, where the "‹" goes.
        if (first > 0 && first == cursorAt && w >= 3) first--;
        // Scroll back left while the rest of the line still fits: a window made wider (a
        // resize) shows the start of the draft again rather than keep it hidden.
        while (first > 0 && c.columns(first - 1, c.count()) <= w - 1) first--;
        int last = first;
        while (last < c.count() && c.columns(first, last + 1) <= w) last++;
        int start = c.start(first);
        return new Window(start, text.substring(start, c.start(last)), c.columns(first, cursorAt) + cursorExtra);
    }

    /** The clusters of a line: where each starts, and the columns of all those before it. */
    private static final class Clusters {
        private final int[] starts;    // starts[k]: index of cluster k; starts[count] = length
        private final long[] before;   // before[k]: columns of clusters 0..k-1
        private final int count;

        Clusters(String text) {
            int n = text.length();
            int[] s = new int[Math.min(n, 64) + 1];
            long[] b = new long[s.length];
            Graphemes g = new Graphemes(text);
            int k = 0;
            long cols = 0;
            for (int i = 0; i < n; ) {
                int j = g.next(i);
                if (k + 1 >= s.length) {
                    s = Arrays.copyOf(s, s.length * 2);
                    b = Arrays.copyOf(b, b.length * 2);
                }
                s[k] = i;
                b[k] = cols;
                cols += j == i + 1 && text.charAt(i) < 0x300 ? 1 : TextWidth.columns(text.substring(i, j));
                k++;
                i = j;
            }
            s[k] = n;
            b[k] = cols;
            starts = s;
            before = b;
            count = k;
        }

        int count() {
            return count;
        }

        int start(int k) {
            return starts[k];
        }

        /** Columns of clusters from..to-1. */
        int columns(int from, int to) {
            return (int) Math.min(Integer.MAX_VALUE, before[to] - before[from]);
        }

        /** The cluster that index i starts or falls inside (count for the end). */
        int atOrBefore(int i) {
            int k = Arrays.binarySearch(starts, 0, count + 1, i);
            return k >= 0 ? k : -k - 2;
        }
    }

    public record Window(int offset, String visible, int cursorColumn) {
        /**
         * The window as drawn in {@code width} columns of a line {@code textLength} chars
         * long: "‹" on its first cell when text is out of sight on the left, "›" on its last
         * when text is out of sight on the right, so a long draft says it goes on. Never on
         * the cursor's cell: {@link #window} keeps the cursor off those cells.
         */
        public String marked(int textLength, int width) {
            if (width < 3 || visible.isEmpty()) return visible;
            String shown = visible;
            if (offset + visible.length() < textLength && cursorColumn < width - 1) {
                String kept = TextWidth.take(shown, width - 1);
                shown = kept + " ".repeat(Math.max(0, width - 1 - TextWidth.columns(kept))) + "›";
            }
            if (offset > 0 && cursorColumn > 0) {
                int firstEnd = Graphemes.next(shown, 0);
                int firstColumns = TextWidth.columns(shown.substring(0, firstEnd));
                shown = "‹" + " ".repeat(Math.max(0, firstColumns - 1)) + shown.substring(firstEnd);
            }
            return shown;
        }
    }

    private boolean isSpaceBefore(int index) {
        return Character.isWhitespace(text.codePointAt(previousBoundary(index)));
    }

    private int previousBoundary(int index) {
        return Graphemes.previous(text, index);
    }

    private int nextBoundary(int index) {
        return Graphemes.next(text, index);
    }
}
