package dev.gazette.ui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.Span;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;

/**
 * Puts text on a Lanterna {@link TextGraphics} one grapheme at a time. Lanterna's
 * {@code putString} walks UTF-16 chars and stops at a newline; this places whole
 * clusters (emoji, combining marks) and advances by the columns {@link TextWidth} counts,
 * the same figure the wrapper used, so a line never spills past its width.
 */
public final class LineDrawer {
    private LineDrawer() {}

    /** Draws {@code line} from column {@code col}, never past {@code col + width}; returns the next free column. */
    public static int draw(TextGraphics g, int col, int row, int width, StyledLine line, Theme theme, Theme.Look base) {
        int x = col;
        int limit = col + width;
        for (Span span : line.spans()) {
            Theme.Look look = theme.text(span.styles(), base);
            x = drawText(g, x, row, limit, span.text(), look);
            if (x >= limit) break;
        }
        return x;
    }

    /** Draws plain text in one look; returns the next free column. */
    public static int drawText(TextGraphics g, int col, int row, int limit, String text, Theme.Look look) {
        int x = col;
        if (text.isEmpty()) return x;
        TextCharacter[] cells = TextCharacter.fromString(text, look.foreground(), look.background(), look.sgr());
        for (TextCharacter cell : cells) {
            int w = columns(cell);
            if (w == 0) continue;
            if (x + w > limit) break;
            g.setCharacter(x, row, cell);
            x += w;
        }
        return x;
    }

    /** Fills {@code width} cells of a row with blanks in a look, e.g. for a bar's background. */
    public static void fill(TextGraphics g, int col, int row, int width, Theme.Look look) {
        TextCharacter blank = TextCharacter.fromCharacter(' ', look.foreground(), look.background(),
                look.sgr().toArray(new com.googlecode.lanterna.SGR[0]))[0];
        for (int x = col; x < col + width; x++) g.setCharacter(x, row, blank);
    }

    private static int columns(TextCharacter cell) {
        int w = TextWidth.columns(cell.getCharacterString());
        return cell.isDoubleWidth() ? Math.max(2, w) : w;
    }
}
