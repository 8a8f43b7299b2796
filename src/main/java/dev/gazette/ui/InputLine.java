package dev.gazette.ui;

import dev.gazette.text.Graphemes;
import dev.gazette.text.TextWidth;

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
     */
    public Window window(int width, int offset) {
        int w = Math.max(1, width);
        int start = Math.max(0, Math.min(offset, cursor));
        if (!Graphemes.isBoundary(text, start)) start = previousBoundary(start);
        // Scroll right until the cursor (plus one cell for it) fits.
        while (TextWidth.columns(text.substring(start, cursor)) > w - 1 && start < cursor) {
            start = nextBoundary(start);
        }
        // Scroll back left while the rest of the line still fits: a window made wider (a
        // resize) shows the start of the draft again rather than keep it hidden.
        while (start > 0 && TextWidth.columns(text.substring(previousBoundary(start))) <= w - 1) {
            start = previousBoundary(start);
        }
        String visible = TextWidth.take(text.substring(start), w);
        int cursorColumn = TextWidth.columns(text.substring(start, cursor));
        return new Window(start, visible, cursorColumn);
    }

    public record Window(int offset, String visible, int cursorColumn) {}

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
