package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An App on Lanterna's in-memory terminal: type keys, then read the screen back as text,
 * one string per row, wide characters read once (not "日 本").
 */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final App app;

    VirtualScreen(int columns, int rows, Function<TerminalSize, App> appFactory) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            app = appFactory.apply(screen.getTerminalSize());
            redraw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues keys as a terminal would deliver them and runs the loop until none is left. */
    VirtualScreen press(KeyStroke... keys) {
        for (KeyStroke k : keys) terminal.addInput(k);
        try {
            KeyStroke k;
            while ((k = screen.pollInput()) != null) app.handle(k);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redraw();
        return this;
    }

    VirtualScreen press(KeyType... types) {
        for (KeyType t : types) press(new KeyStroke(t));
        return this;
    }

    /** Types text: each character a key, as Lanterna decodes typing. */
    VirtualScreen type(String text) {
        for (char c : text.toCharArray()) press(new KeyStroke(c, false, false));
        return this;
    }

    VirtualScreen ctrl(char c) {
        return press(new KeyStroke(c, true, false));
    }

    VirtualScreen resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        TerminalSize size = screen.doResizeIfNecessary();
        if (size != null) app.resize(size);
        redraw();
        return this;
    }

    void redraw() {
        try {
            app.draw(screen.newTextGraphics());
            screen.setCursorPosition(app.cursor());
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The screen as the terminal shows it, read from the screen's front buffer: the cells it
     * last sent, each a whole grapheme cluster at its width. (Lanterna's virtual terminal
     * re-splits what it is sent with the JDK 17 BreakIterator and its own width guess, so it
     * would show a flag as two cells and push a stressed Cyrillic vowel one column right;
     * real terminals follow wcwidth, as the screen does.)
     */
    List<String> rows() {
        TerminalSize size = screen.getTerminalSize();
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = screen.getFrontCharacter(x, y);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) x++;
            }
            rows.add(sb.toString().stripTrailing());
        }
        return rows;
    }

    String row(int y) {
        return rows().get(y);
    }

    String text() {
        return String.join("\n", rows());
    }

    TextCharacter cell(int x, int y) {
        return screen.getFrontCharacter(x, y);
    }

    TerminalPosition cursor() {
        return terminal.isCursorVisible() ? terminal.getCursorPosition() : null;
    }
}
