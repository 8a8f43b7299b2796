package dev.gazette.cli;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.gazette.ui.BracketedPaste;
import dev.gazette.ui.TerminalModes;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import sun.misc.Signal;

/**
 * Lanterna's Unix terminal, writing each screen cell whole through {@link CellOutput}.
 * Lanterna 3.1.5 encodes one UTF-16 char at a time, so both halves of an emoji (or any
 * character beyond the Basic Multilingual Plane) went out as '?'; the screen hands each cell
 * over as one string (a whole grapheme cluster: a letter with its marks, a flag, a family
 * emoji), and encoding the string keeps it together. Gazette builds this terminal itself,
 * which also means it can never fall back to a Swing window.
 *
 * <p>Its output is meant to be buffered ({@link #bufferedStdout}): Lanterna writes a frame
 * a few bytes at a time and flushes at the end of each refresh, and System.out flushed every
 * one of those writes, some 5,000 writes for one screen of 120x40. The one place Lanterna
 * waits for an answer without flushing first, the cursor position query, is flushed here.
 *
 * <p>It also asks for bracketed paste while the screen runs ({@link BracketedPaste}), and can
 * give the line discipline back to the shell for an editor or Ctrl-Z ({@link TerminalModes}).
 * The line discipline changes through {@link Stty}, one process per change instead of one
 * per setting: saving and setting up cost one process, restoring one, taking it back one.
 */
final class Utf8UnixTerminal extends UnixTerminal implements TerminalModes {
    /** The terminal stty works on, as in Lanterna's UnixTerminal. */
    private static final File TTY = new File("/dev/tty");
    /** CSI 6n: "where is the cursor?", which Lanterna asks to learn the size. */
    private static final byte[] POSITION_QUERY = {0x1b, '[', '6', 'n'};

    /** What the line discipline is known to hold, so that Lanterna's one call per setting costs no process. */
    private enum Mode { UNKNOWN, KEYS, SAVED }

    // Set from the superclass constructor (Lanterna calls saveTerminalSettings there), so
    // these fields have no initialisers: one would overwrite the value afterwards.
    private Stty stty;
    private String saved;
    private Mode mode;
    /** What {@link #reassert} asks for again: the mouse reporting asked for, and whether the screen is up. */
    private MouseCaptureMode mouse;
    private boolean privateMode;
    /**
     * The size stty gave at set-up, so that starting the screen asks the terminal nothing
     * (Lanterna asks twice, a round trip each). A resize or a hand-over (the size may change
     * while Gazette is stopped, with no signal) forgets it, and Lanterna asks as it always did.
     */
    private volatile TerminalSize sizeAtSetUp;
    private CellOutput cells;      // null while the superclass constructor runs

    Utf8UnixTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
        getInputDecoder().addProfile(BracketedPaste::patterns);
        getInputDecoder().addProfile(SgrMouse::patterns);
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
        privateMode = true;
        if (mouse != null) writeToTerminal(SgrMouse.ENABLE.getBytes(getCharset()));
        writeToTerminal(BracketedPaste.ENABLE.getBytes(getCharset()));
        flush();
    }

    @Override
    public void setMouseCaptureMode(MouseCaptureMode mouse) throws IOException {
        super.setMouseCaptureMode(mouse);
        this.mouse = mouse;
        if (privateMode) {
            writeToTerminal((mouse != null ? SgrMouse.ENABLE : SgrMouse.DISABLE).getBytes(getCharset()));
            flush();
        }
    }

    /**
     * Ctrl-L: the alternate screen, the mouse and bracketed paste asked for again, as at the
     * start. Another program writing to the same terminal may have switched them off (a
     * stray reset), and a redraw of the cells alone left the mouse and pastes dead.
     */
    @Override
    public void reassert() throws IOException {
        if (!privateMode) return;
        writeToTerminal("\u001b[?1049h".getBytes(getCharset()));
        if (mouse != null) {
            super.setMouseCaptureMode(null);    // off, then on: Lanterna writes only a change
            super.setMouseCaptureMode(mouse);
            writeToTerminal(SgrMouse.ENABLE.getBytes(getCharset()));
        }
        writeToTerminal(BracketedPaste.ENABLE.getBytes(getCharset()));
        flush();
    }

    /**
     * The screen is cleared before the terminal goes back to the shell's: tmux, after its
     * window grew while Gazette ran, brought rows of headlines back with the shell's screen.
     */
    @Override
    public void exitPrivateMode() throws IOException {
        writeToTerminal(BracketedPaste.DISABLE.getBytes(getCharset()));
        if (mouse != null) writeToTerminal(SgrMouse.DISABLE.getBytes(getCharset()));
        resetColorAndSGR();
        clearScreen();
        super.exitPrivateMode();
        privateMode = false;
    }

    /**
     * Lanterna's set-up asks for this first and then for each key setting on its own: the
     * one process here saves the settings and sets all of {@link Stty#KEY_MODE}, and the
     * calls that follow find them made.
     */
    @Override
    protected void saveTerminalSettings() throws IOException {
        Stty.Saved found = stty().saveAndEnterKeyMode();
        saved = found.settings();
        sizeAtSetUp = found.size();
        mode = Mode.KEYS;
    }

    /**
     * SIGWINCH through {@code sun.misc.Signal} itself: Lanterna reaches the same class through
     * reflection and a generated {@code java.lang.reflect.Proxy}, which cost the start ~15 ms of
     * class generation. Like Lanterna, a JVM without the signal just gets no resize events.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), signal -> {
                sizeAtSetUp = null;
                onResize.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGWINCH here: the size is measured again on Ctrl-L
        }
    }

    /**
     * The size from the kernel (stty), not from Lanterna's way of moving the cursor far off and
     * asking the terminal where it went: that answer comes back through the keyboard input, where
     * the key reader may be reading too, and a resize followed at once by keys was seen to take a
     * key for it (the screen drawn 7 columns wide until the next resize, the key lost).
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = sizeAtSetUp;
        if (known != null) return known;
        TerminalSize now = stty().size();
        return now != null ? now : super.findTerminalSize();
    }

    /** The saved settings with Ctrl-C and Ctrl-Z as signals again, in one process (on exit, Ctrl-Z, the editor). */
    @Override
    protected void restoreTerminalSettings() throws IOException {
        // Already the shell's (handed back at Ctrl-Z): a quit while stopped or in the
        // background must not run stty again, which the kernel stops there (SIGTTOU).
        if (mode == Mode.SAVED) return;
        stty().restore(saved);
        mode = Mode.SAVED;
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (!enabled && mode == Mode.KEYS) return;
        change(enabled ? List.of("icanon") : List.of("-icanon", "min", "1"));
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (!enabled && mode == Mode.KEYS) return;
        change(List.of(enabled ? "echo" : "-echo"));
    }

    /**
     * Lanterna takes Ctrl-C from the line discipline (intr) but leaves Ctrl-Z (susp) there,
     * so the kernel stopped Gazette with the screen still up. With susp off too, Ctrl-Z is a
     * key, and Gazette suspends itself after giving the terminal back.
     */
    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if ((!enabled && mode == Mode.KEYS) || (enabled && mode == Mode.SAVED)) return;
        change(enabled ? Stty.SIGNAL_KEYS : List.of("intr", "undef", "susp", "undef"));
    }

    /** A setting outside the two known modes; nothing in Gazette asks for one today. */
    private void change(List<String> settings) throws IOException {
        stty().set(settings);
        mode = Mode.UNKNOWN;
    }

    private Stty stty() {
        if (stty == null) stty = Stty.forTerminal(TTY);
        return stty;
    }

    @Override
    public void release() throws IOException {
        sizeAtSetUp = null;
        restoreTerminalSettings();
    }

    @Override
    public boolean inForeground() {
        return JobControl.inForeground();
    }

    @Override
    public void reacquire() throws IOException {
        stty().enterKeyMode();
        mode = Mode.KEYS;
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
     * Standard output for this terminal, flushed when Lanterna flushes. 512 bytes, two or three
     * rows of a screen: a whole 120x40 frame is some thirty writes instead of 5,000, and its
     * top rows still reach the terminal as they are drawn. With 8 KB a big first frame arrived
     * in one piece at its end, and the first headlines of a 1,000-item feed showed 20-30 ms
     * later than unbuffered; with 512 bytes as soon as unbuffered (medians of 11 interleaved
     * starts in tmux: 242 and 243 ms, 8 KB 265 ms, 2 KB 259 ms).
     */
    static OutputStream bufferedStdout() {
        return new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 512);
    }

    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        if (Arrays.equals(bytes, POSITION_QUERY)) flush();   // Lanterna waits for the answer next
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
