package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.TextWidth;

import java.util.ArrayList;
import java.util.List;

/** The ? overlay: the current view's key table, drawn from the same bindings dispatch uses. */
public final class HelpOverlay {
    private HelpOverlay() {}

    /** The help text for a key table, one "keys  description" line per binding. */
    public static List<String> lines(String title, List<KeyBinding> bindings) {
        int keysWidth = 0;
        for (KeyBinding b : bindings) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add("");
        for (KeyBinding b : bindings) {
            out.add(b.keys() + " ".repeat(keysWidth - TextWidth.columns(b.keys()) + 2) + b.description());
        }
        out.add("");
        out.add("Ctrl-C quits from anywhere. Any key closes this help.");
        return out;
    }

    public static void draw(TextGraphics g, int width, int height, List<String> lines, Theme theme) {
        int inner = 0;
        for (String l : lines) inner = Math.max(inner, TextWidth.columns(l));
        int boxWidth = Math.min(width, inner + 4);
        int boxHeight = Math.min(height, lines.size() + 2);
        int left = (width - boxWidth) / 2;
        int top = (height - boxHeight) / 2;
        Theme.Look look = theme.selected();
        for (int row = top; row < top + boxHeight; row++) LineDrawer.fill(g, left, row, boxWidth, look);
        for (int i = 0; i < lines.size() && i < boxHeight - 2; i++) {
            String l = TextWidth.fit(lines.get(i), Math.max(0, boxWidth - 4));
            LineDrawer.drawText(g, left + 2, top + 1 + i, left + boxWidth - 2, l, look);
        }
    }
}
