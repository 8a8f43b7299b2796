package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.TextWidth;

/** The header and status rows every view shares. */
public final class Bars {
    private Bars() {}

    public static void header(TextGraphics g, int width, String text, Theme theme) {
        Theme.Look look = theme.bar();
        LineDrawer.fill(g, 0, 0, width, look);
        LineDrawer.drawText(g, 1, 0, width, TextWidth.fit(text, Math.max(0, width - 2)), look);
    }

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

    /** The status row: a message when there is one, else the view's main keys. */
    public static void status(TextGraphics g, int row, int width, String message, String keys, Theme theme) {
        if (row < 1) return;
        if (message != null) {
            LineDrawer.drawText(g, 0, row, width, TextWidth.fit(message, width), theme.status());
        } else {
            LineDrawer.drawText(g, 0, row, width, TextWidth.fit(keys, width), theme.secondary());
        }
    }
}
