package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.text.Span;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TerminalCells;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Puts text on a Lanterna {@link TextGraphics} one grapheme cluster per cell, advancing by
 * the columns {@link TerminalCells} gives it, the same figure the wrapper used, so a line
 * never spills past its width and nothing after a cluster shifts.
 *
 * <p>Lanterna's own {@code TextCharacter.fromString} splits with the JDK 17 BreakIterator,
 * which breaks flags, skin tones and ZWJ sequences apart, and counts every cluster of more
 * than one char as two columns (a Devanagari letter with its vowel sign, a Cyrillic letter
 * with a stress mark would push the rest of the row right). So the cells are made here:
 * a plain character is an ordinary {@code TextCharacter}; anything else is a
 * {@link ClusterCell} that holds the whole cluster and its width. Its screen writes the cell's
 * string in one piece and moves on by that width.
 *
 * <p>Nothing drawn here throws on bad text: a control character that slipped past cleaning
 * is shown as U+FFFD.
 */
public final class LineDrawer {
    private LineDrawer() {}

    /** Draws {@code line} from column {@code col}, never past {@code col + width}; returns the next free column. */
    public static int draw(TextGraphics g, int col, int row, int width, StyledLine line, Theme theme, Theme.Look base) {
        List<Span> spans = line.spans();
        if (spans.isEmpty()) return col;
        if (spans.size() == 1) {
            Span only = spans.get(0);
            return drawText(g, col, row, col + width, only.text(), theme.text(only.styles(), base));
        }
        // one pass over the whole line, so a mark styled apart from its letter still joins it
        int x = col;
        int limit = col + width;
        int span = 0;
        int spanEnd = spans.get(0).text().length();
        TextCharacter look = blank(theme.text(spans.get(0).styles(), base));
        for (TerminalCells.Cell c : TerminalCells.cells(line.plain())) {
            if (c.start() >= spanEnd) {
                while (c.start() >= spanEnd && span + 1 < spans.size()) spanEnd += spans.get(++span).text().length();
                look = blank(theme.text(spans.get(span).styles(), base));
            }
            if (x + c.width() > limit) break;
            g.setCharacter(x, row, cell(c, look, theme.glyphs()));
            x += c.width();
        }
        return x;
    }

    /** Draws plain text in one look, never at or past column {@code limit}; returns the next free column. */
    public static int drawText(TextGraphics g, int col, int row, int limit, String text, Theme.Look look) {
        int x = col;
        if (text.isEmpty()) return x;
        TextCharacter blank = blank(look);
        for (TerminalCells.Cell c : TerminalCells.cells(text)) {
            if (x + c.width() > limit) break;
            g.setCharacter(x, row, cell(c, blank, look.glyphs()));
            x += c.width();
        }
        return x;
    }

    /** Fills {@code width} cells of a row with blanks in a look, e.g. for a bar's background. */
    public static void fill(TextGraphics g, int col, int row, int width, Theme.Look look) {
        TextCharacter blank = blank(look);
        for (int x = col; x < col + width; x++) g.setCharacter(x, row, blank);
    }

    /** The screen cell for one {@link TerminalCells.Cell}, in the colours and styles of {@code look}. */
    static TextCharacter cell(TerminalCells.Cell c, TextCharacter look) {
        return cell(c, look, Glyphs.UNICODE);
    }

    /** As {@link #cell(TerminalCells.Cell, TextCharacter)}, Gazette's own symbols drawn as {@code glyphs} says. */
    static TextCharacter cell(TerminalCells.Cell c, TextCharacter look, Glyphs glyphs) {
        String text = glyphs.cell(c.text());
        if (text.length() == 1) {
            char ch = text.charAt(0);
            // Lanterna counts a single char 2 columns exactly when it is in its CJK blocks
            int lanternaWidth = TerminalTextUtils.isCharCJK(ch) ? 2 : 1;
            if (lanternaWidth == c.width() && !TerminalTextUtils.isControlCharacter(ch) && !Character.isSurrogate(ch)) {
                return look.withCharacter(ch);
            }
        }
        return new ClusterCell(look, text, c.width() == 2);
    }

    private static TextCharacter blank(Theme.Look look) {
        return TextCharacter.fromCharacter(' ', look.foreground(), look.background(), look.sgr().toArray(new SGR[0]))[0];
    }

    /**
     * A screen cell holding a whole grapheme cluster and its width, whatever the JDK's
     * BreakIterator and Lanterna's width guess make of it. The screen asks a cell only for
     * its string, its width, its colours and styles, and compares cells with {@code equals}
     * to find what changed, so those are what this class answers.
     */
    static final class ClusterCell extends TextCharacter {
        private static final long serialVersionUID = 1L;
        private final String cluster;
        private final boolean wide;

        @SuppressWarnings("deprecation")     // the copy constructor is the only public one that keeps colours and styles
        ClusterCell(TextCharacter look, String cluster, boolean wide) {
            super(look);
            this.cluster = cluster;
            this.wide = wide;
        }

        @Override
        public String getCharacterString() {
            return cluster;
        }

        @Override
        @Deprecated
        public char getCharacter() {
            return cluster.charAt(0);
        }

        @Override
        public boolean is(char c) {
            return cluster.length() == 1 && cluster.charAt(0) == c;
        }

        @Override
        public boolean isDoubleWidth() {
            return wide;
        }

        /** A plain character in this cell's look: what the screen puts in the padding column after a wide cell. */
        @Override
        public TextCharacter withCharacter(char c) {
            return TextCharacter.fromCharacter(c, getForegroundColor(), getBackgroundColor(), getModifiers().toArray(new SGR[0]))[0];
        }

        @Override
        public TextCharacter withForegroundColor(com.googlecode.lanterna.TextColor color) {
            return new ClusterCell(super.withForegroundColor(color), cluster, wide);
        }

        @Override
        public TextCharacter withBackgroundColor(com.googlecode.lanterna.TextColor color) {
            return new ClusterCell(super.withBackgroundColor(color), cluster, wide);
        }

        @Override
        public TextCharacter withModifiers(Collection<SGR> modifiers) {
            return new ClusterCell(super.withModifiers(modifiers), cluster, wide);
        }

        @Override
        public TextCharacter withModifier(SGR modifier) {
            return new ClusterCell(super.withModifier(modifier), cluster, wide);
        }

        @Override
        public TextCharacter withoutModifier(SGR modifier) {
            return new ClusterCell(super.withoutModifier(modifier), cluster, wide);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ClusterCell other)) return false;
            return wide == other.wide && cluster.equals(other.cluster)
                    && Objects.equals(getForegroundColor(), other.getForegroundColor())
                    && Objects.equals(getBackgroundColor(), other.getBackgroundColor())
                    && getModifiers().equals(other.getModifiers());
        }

        @Override
        public int hashCode() {
            return Objects.hash(cluster, wide, getForegroundColor(), getBackgroundColor(), getModifiers());
        }

        @Override
        public String toString() {
            return "ClusterCell{" + cluster + (wide ? ", wide" : "") + ", " + getForegroundColor() + "/" + getBackgroundColor()
                    + ", " + getModifiers() + "}";
        }
    }
}
