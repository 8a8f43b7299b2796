package dev.gazette.cli;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.gazette.ui.BracketedPaste;
import dev.gazette.ui.TerminalModes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, writing each screen cell whole through {@link CellOutput}.
 * Lanterna 3.1.5 encodes one UTF-16 char at a time, so both halves of an emoji (or any
 * character beyond the Basic Multilingual Plane) went out as '?'; the screen hands each cell
 * over as one string (a whole grapheme cluster: a letter with its marks, a flag, a family
 * emoji), and encoding the string keeps it together. Gazette builds this terminal itself,
 * which also means it can never fall back to a Swing window.
 *
 * <p>It also asks for bracketed paste while the screen runs ({@link BracketedPaste}), and can
 * give the line discipline back to the shell for an editor or Ctrl-Z ({@link TerminalModes}).
 */
final class Utf8UnixTerminal extends UnixTerminal implements TerminalModes {
    private CellOutput cells;      // null while the superclass constructor runs

    Utf8UnixTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
        getInputDecoder().addProfile(BracketedPaste::patterns);
        cells = new CellOutput(charset, new CellOutput.Sink() {
            @Override
            public void write(byte[] bytes) throws IOException {
                writeToTerminal(bytes);
            }

            @Override
            public void moveTo(int x, int y) throws IOException {
                Utf8UnixTerminal.super.setCursorPosition(x, y);
            }
        });
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        super.setCursorPosition(x, y);
        if (cells != null) cells.movedTo(x, y);
    }

    @Override
    public void setCursorPosition(TerminalPosition position) throws IOException {
        setCursorPosition(position.getColumn(), position.getRow());
    }

    @Override
    public void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        writeToTerminal(BracketedPaste.ENABLE.getBytes(getCharset()));
        flush();
    }

    @Override
    public void exitPrivateMode() throws IOException {
        writeToTerminal(BracketedPaste.DISABLE.getBytes(getCharset()));
        super.exitPrivateMode();
    }

    /**
     * Lanterna takes Ctrl-C from the line discipline (intr) but leaves Ctrl-Z (susp) there,
     * so the kernel stopped Gazette with the screen still up. With susp off too, Ctrl-Z is a
     * key, and Gazette suspends itself after giving the terminal back.
     */
    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        super.keyStrokeSignalsEnabled(enabled);
        runSTTYCommand("susp", enabled ? "^Z" : "undef");
    }

    @Override
    public void release() throws IOException {
        restoreTerminalSettings();
        keyStrokeSignalsEnabled(true);
    }

    @Override
    public void reacquire() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }

    @Override
    public void clearScreen() throws IOException {
        super.clearScreen();
        if (cells != null) cells.forget();
    }

    @Override
    public void putString(String string) throws IOException {
        if (cells == null) {
            writeToTerminal(CellOutput.printable(string).getBytes(getCharset()));
        } else {
            cells.put(string);
        }
    }

    /**
     * Writes a control sequence of Gazette's own (OSC 52) in one locked write and flushes
     * it; never anything from a feed.
     */
    void writeControl(byte[] sequence) throws IOException {
        writeToTerminal(sequence);
        flush();
    }

    @Override
    public void putCharacter(char c) throws IOException {
        putString(String.valueOf(c));
    }
}
