package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;

/**
 * Where each part of a view goes for a terminal size: a header row, the scrolling body,
 * the comment input (article view only) and the status row. Tiny terminals get a body of
 * at least one row, and rows that do not fit are simply not drawn.
 */
public record Regions(int width, int height, int bodyTop, int bodyHeight, int inputRow, int statusRow,
                      int textLeft, int textWidth) {

    /**
     * Article text is set at most this wide: lines of 200 columns are tiring to read, so on
     * a wide terminal the column is centred instead, as glow and most readers do.
     */
    public static final int MAX_TEXT_WIDTH = 100;

    public static Regions headlines(TerminalSize size) {
        int h = size.getRows();
        int w = size.getColumns();
        return new Regions(w, h, 1, Math.max(1, h - 2), -1, h - 1, 0, w);
    }

    public static Regions article(TerminalSize size) {
        int h = size.getRows();
        int w = size.getColumns();
        int text = Math.max(1, Math.min(w, MAX_TEXT_WIDTH));
        return new Regions(w, h, 1, Math.max(1, h - 3), h - 2, h - 1, (w - text) / 2, text);
    }
}
