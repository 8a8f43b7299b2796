package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;

import java.util.List;

/** Draws the article view: header, the visible page lines, and the comment input line. */
public final class ArticleView {
    static final String INPUT_HINT = "c to comment";
    static final String PROMPT = "> ";

    private ArticleView() {}

    public static void draw(TextGraphics g, Regions r, String header, ArticleState s, Theme theme) {
        List<StyledLine> lines = s.page().layout(s.width()).lines();
        Bars.header(g, r.width(), header, scrollPercent(s, r.bodyHeight(), lines.size()), theme);
        int end = Math.min(lines.size(), s.top() + r.bodyHeight());
        for (int i = s.top(); i < end; i++) {
            LineDrawer.draw(g, r.textLeft(), r.bodyTop() + i - s.top(), r.textWidth(), lines.get(i), theme, theme.normal());
        }
        drawInput(g, r, s, theme);
    }

    /** Where the terminal cursor goes: in the input when it has focus, else hidden (null). */
    public static TerminalPosition cursor(Regions r, ArticleState s) {
        if (!s.inputFocused() || r.inputRow() < 1) return null;
        InputLine.Window w = s.input().window(inputWidth(r), s.inputOffset());
        return new TerminalPosition(Math.min(r.width() - 1, promptWidth(r) + w.cursorColumn()), r.inputRow());
    }

    static int inputWidth(Regions r) {
        return Math.max(1, r.width() - promptWidth(r));
    }

    private static int promptWidth(Regions r) {
        return r.width() >= 8 ? PROMPT.length() : 0;
    }

    private static void drawInput(TextGraphics g, Regions r, ArticleState s, Theme theme) {
        int row = r.inputRow();
        if (row < 1) return;
        Theme.Look look = theme.input(s.inputFocused());
        LineDrawer.fill(g, 0, row, r.width(), look);
        int x = LineDrawer.drawText(g, 0, row, r.width(), promptWidth(r) > 0 ? PROMPT : "", look);
        if (!s.inputFocused() && s.input().text().isEmpty()) {
            LineDrawer.drawText(g, x, row, r.width(), TextWidth.fit(INPUT_HINT, r.width() - x), look);
            return;
        }
        InputLine.Window w = s.input().window(inputWidth(r), s.inputOffset());
        LineDrawer.drawText(g, x, row, r.width(), dev.gazette.text.Sanitizer.clean(w.visible()), look);
    }

    private static String scrollPercent(ArticleState s, int height, int total) {
        if (total <= height) return "All";
        int max = VerticalScroll.maxTop(total, height);
        if (s.top() <= 0) return "Top";
        if (s.top() >= max) return "Bot";
        return (100 * s.top() / max) + "%";
    }
}
