package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.gazette.text.TerminalCells;

import java.io.IOException;

/**
 * Lanterna's screen, with the two cells after a changed cell of disputed width written again
 * in the same refresh. A terminal that draws an emoji sequence wider than the screen counts
 * it (tmux 3.3 draws "💃🏻" as "💃" and "🏻", four columns) paints the cells after it; the
 * cursor is put back after such a cell (see the terminal's cell output), but a delta refresh
 * writes only the cells that changed, so where those cells were blank before and after, the
 * stray "🏻" stayed on every later screen. Marking them stale makes the refresh write what the
 * screen holds there. On a terminal that agrees on the width this writes the same two cells
 * again, a few bytes per emoji sequence that changed.
 */
public final class DisputedWidthScreen extends TerminalScreen {
    /** A cell no drawn cell equals (a noncharacter: clean text never has one). */
    private static final TextCharacter STALE = TextCharacter.fromCharacter('\uFFFE')[0];
    /** How far past its own cells a disputed cluster may paint: a second emoji of two columns. */
    private static final int OVERFLOW = 2;

    public DisputedWidthScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (refreshType != RefreshType.COMPLETE) markAfterDisputedCells();
        super.refresh(refreshType);
    }

    private void markAfterDisputedCells() {
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = back.getSize();
        if (!size.equals(front.getSize())) return;   // a resize: the refresh redraws everything
        int columns = size.getColumns();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < columns; x++) {
                TextCharacter cell = back.getCharacterAt(x, y);
                if (cell == null) continue;
                String text = cell.getCharacterString();
                // Most cells: one character below U+2000, never disputed (this runs every frame).
                if (text.length() == 1 && text.charAt(0) < 0x2000) continue;
                if (!TerminalCells.widthDisputed(text) || cell.equals(front.getCharacterAt(x, y))) continue;
                int after = x + (cell.isDoubleWidth() ? 2 : 1);
                for (int k = after; k < Math.min(after + OVERFLOW, columns); k++) front.setCharacterAt(k, y, STALE);
            }
        }
    }
}
