package dev.gazette.ui;

/**
 * Where the reader is in an article, in terms of its text rather than its lines, so a
 * resize keeps the same text on top: the letters before the top line, how many lines
 * without letters (blank lines, rules) above the text the view starts, and whether the
 * view was at the end, which a resize keeps whatever the end's line is.
 *
 * <p>The anchor is set when the reader scrolls and only read on a resize, so going
 * 80 columns, 50, 120 and back to 80 comes back to the very line it started from,
 * instead of drifting by a line each time the top falls inside a longer line.
 */
record ReadingAnchor(long offset, int blankLines, boolean atEnd) {

    static final ReadingAnchor TOP = new ReadingAnchor(0, 0, false);

    /** The anchor of a view whose first line is {@code top}, {@code height} lines high. */
    static ReadingAnchor of(ArticlePage page, int width, int top, int height) {
        if (page == null) return TOP;
        ArticlePage.Layout layout = page.layout(width);
        int total = layout.lines().size();
        boolean atEnd = total > height && top >= VerticalScroll.maxTop(total, height);
        long offset = layout.offsetOf(top);
        return new ReadingAnchor(offset, Math.max(0, top - layout.firstLineAt(offset)), atEnd);
    }

    /** The first line to show at {@code width} in a view {@code height} lines high. */
    int top(ArticlePage page, int width, int height) {
        ArticlePage.Layout layout = page.layout(width);
        int total = layout.lines().size();
        if (atEnd) return VerticalScroll.maxTop(total, height);
        int line = layout.lineAt(offset);
        if (layout.offsetOf(line) == offset) line = Math.min(line, layout.firstLineAt(offset) + blankLines);
        return VerticalScroll.clamp(line, total, height);
    }
}
