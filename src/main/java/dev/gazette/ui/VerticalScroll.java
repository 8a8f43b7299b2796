package dev.gazette.ui;

/**
 * Clamping arithmetic for anything that scrolls: the first visible line of {@code total}
 * lines in a window of {@code height}. Kept apart because off-by-ones live here.
 */
public final class VerticalScroll {
    private VerticalScroll() {}

    /** The largest sensible top line: the last page ends at the last line. */
    public static int maxTop(int total, int height) {
        return Math.max(0, total - Math.max(1, height));
    }

    public static int clamp(int top, int total, int height) {
        return Math.max(0, Math.min(top, maxTop(total, height)));
    }

    /** Moves the top just enough for {@code line} to be visible. */
    public static int reveal(int top, int line, int height) {
        int h = Math.max(1, height);
        if (line < top) return line;
        if (line >= top + h) return line - h + 1;
        return top;
    }
}
