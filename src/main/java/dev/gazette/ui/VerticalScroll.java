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

    /**
     * Where a movement command takes a position (a selected row, or a top line) in a
     * window of {@code height}: a line, a page (the window less one line, so a line of
     * context stays), or an end. Other commands leave it where it is; callers clamp.
     */
    public static int step(Command command, int position, int height, int last) {
        int page = Math.max(1, height - 1);
        return switch (command) {
            case UP -> position - 1;
            case DOWN -> position + 1;
            case PAGE_UP -> position - page;
            case PAGE_DOWN -> position + page;
            case FIRST, TOP -> 0;
            case LAST -> last;
            default -> position;
        };
    }

    /**
     * What a box's frame says of lines out of view, from the first one shown: "↓ more" at the
     * top, "↑↓ more" in the middle, "↑ more" at the end; nothing when all of them show.
     */
    public static String moreMark(int first, int shown, int total) {
        boolean above = first > 0;
        boolean below = first + shown < total;
        if (!above && !below) return "";
        return (above ? "↑" : "") + (below ? "↓" : "") + " more";
    }

    /** Moves the top just enough for {@code line} to be visible. */
    public static int reveal(int top, int line, int height) {
        int h = Math.max(1, height);
        if (line < top) return line;
        if (line >= top + h) return line - h + 1;
        return top;
    }
}
