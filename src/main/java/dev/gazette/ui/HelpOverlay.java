package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.TextWidth;

import java.util.ArrayList;
import java.util.List;

/** The ? overlay: the current view's key table, drawn from the same bindings dispatch uses. */
public final class HelpOverlay {
    private HelpOverlay() {}

    /**
     * The help text for a view: its key table, then the keys of the line editor that view
     * has (the filter or the comment input), one "keys  description" line per binding.
     */
    public static List<String> lines(String title, List<KeyBinding> bindings, String editorTitle,
                                     List<KeyBinding> editorBindings) {
        int keysWidth = 0;
        for (KeyBinding b : bindings) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        for (KeyBinding b : editorBindings) keysWidth = Math.max(keysWidth, TextWidth.columns(b.keys()));
        List<String> out = new ArrayList<>();
        out.add(title + " (any key closes this help; Ctrl-C quits)");
        out.add("");
        for (KeyBinding b : bindings) out.add(row(b, keysWidth));
        out.add("");
        out.add(editorTitle);
        for (KeyBinding b : editorBindings) out.add(row(b, keysWidth));
        return out;
    }

    private static String row(KeyBinding b, int keysWidth) {
        return b.keys() + " ".repeat(keysWidth - TextWidth.columns(b.keys()) + 2) + b.description();
    }

    /** A framed box in the middle of the screen; on a small screen the frame goes first, then lines. */
    public static void draw(TextGraphics g, int width, int height, List<String> lines, Theme theme) {
        int inner = 0;
        for (String l : lines) inner = Math.max(inner, TextWidth.columns(l));
        int boxWidth = Math.min(width, inner + 4);
        int boxHeight = Math.min(height, lines.size() + 2);
        int left = (width - boxWidth) / 2;
        int top = (height - boxHeight) / 2;
        Theme.Look look = theme.selected();
        for (int row = top; row < top + boxHeight; row++) LineDrawer.fill(g, left, row, boxWidth, look);
        boolean framed = boxWidth >= 4 && boxHeight >= 3;
        if (framed) frame(g, left, top, boxWidth, boxHeight, look);
        int pad = framed ? 2 : 0;
        int first = framed ? 1 : 0;
        for (int i = 0; i < lines.size() && first + i < boxHeight - first; i++) {
            String l = TextWidth.fit(lines.get(i), Math.max(0, boxWidth - 2 * pad));
            LineDrawer.drawText(g, left + pad, top + first + i, left + boxWidth - pad, l, look);
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
