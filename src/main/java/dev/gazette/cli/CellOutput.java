package dev.gazette.cli;

import dev.gazette.text.TerminalCells;
import dev.gazette.text.TextWidth;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Writes the screen's cells to a terminal: each cell's string whole, in the terminal's
 * charset, and the cursor put back where the screen expects it after a cell whose width
 * terminals disagree about.
 *
 * <p>Lanterna's screen writes a cell and assumes the terminal's cursor moved by the cell's
 * width (1 or 2). A terminal without ZWJ support draws a family emoji as three people (6
 * columns), one with an old width table draws "⚡" in 1: every later cell of the row would
 * land off by the difference. After such a cell ({@link TerminalCells#widthDisputed}) the
 * cursor is moved explicitly, so at worst that one glyph overlaps or is clipped and the rest
 * of the row stays in place. Costs a few bytes per emoji or multi-code-point cluster.
 */
final class CellOutput {
    /** Where the bytes go. */
    interface Sink {
        void write(byte[] bytes) throws IOException;

        /** Sends the terminal's cursor to column {@code x}, row {@code y} (0-based). */
        void moveTo(int x, int y) throws IOException;
    }

    private final Charset charset;
    private final Sink sink;
    private int column = -1;      // where the cursor is, as far as the screen knows; -1 unknown
    private int row = -1;

    CellOutput(Charset charset, Sink sink) {
        this.charset = charset;
        this.sink = sink;
    }

    /** The screen moved the cursor. */
    void movedTo(int x, int y) {
        column = x;
        row = y;
    }

    /** Something moved the cursor to a place this class cannot tell (clearing the screen). */
    void forget() {
        column = -1;
    }

    /** Writes one cell's string (or any text the screen puts). */
    void put(String string) throws IOException {
        String text = printable(string);
        sink.write(text.getBytes(charset));
        if (column < 0) return;
        column += TextWidth.columns(text);
        if (TerminalCells.widthDisputed(text)) sink.moveTo(column, row);
    }

    /**
     * The string with anything that could move the cursor or start a sequence (C0 and C1
     * controls, DEL) replaced by U+FFFD, and lone surrogates too; surrogate pairs kept.
     */
    static String printable(String string) {
        StringBuilder out = null;
        for (int i = 0, n = string.length(); i < n; i++) {
            char c = string.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(string.charAt(i + 1))) {
                if (out != null) out.append(c).append(string.charAt(i + 1));
                i++;
                continue;
            }
            boolean bad = c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c);
            if (bad && out == null) out = new StringBuilder(string.length()).append(string, 0, i);
            if (out != null) out.append(bad ? '\uFFFD' : c);
        }
        return out == null ? string : out.toString();
    }
}
