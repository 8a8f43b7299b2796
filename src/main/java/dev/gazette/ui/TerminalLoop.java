package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.gazette.text.TextWidth;
import dev.gazette.text.Wrap;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thin terminal edge of the UI. Keys are read on their own thread and, with resizes and
 * the answers of effects, go through one {@link EventQueue}; the loop applies every waiting
 * event, then draws once, so a resize redraws at once and a burst of keys (a held-down j)
 * costs one frame. A watcher asks once a second whether the feed file changed.
 */
public final class TerminalLoop implements TerminalControl {
    private static final long WATCH_INTERVAL_MS = 1000;

    private final Terminal terminal;
    private TerminalScreen screen;
    private KeyReader keys;
    private EventQueue queue;
    /** The terminal was lent out: the next frame redraws every cell. UI thread only. */
    private boolean redrawAll;

    public TerminalLoop(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs until the program stops; returns its last state (to ask why it stopped). */
    public AppState run(Program program, EffectRunner effects, boolean watch) throws IOException {
        EventQueue queue = program.queue();
        TerminalScreen screen = new DisputedWidthScreen(terminal);
        this.screen = screen;
        this.queue = queue;
        terminal.addResizeListener((t, newSize) -> queue.post(new Event.Resize(newSize)));
        screen.startScreen();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gazette-watch");
            t.setDaemon(true);
            return t;
        });
        boolean terminalGone = false;
        try {
            TerminalSize size = screen.getTerminalSize();
            program.apply(new Event.Resize(size));
            keys = new KeyReader(screen, queue);
            effects.useTerminal(this);
            Thread reader = new Thread(keys, "gazette-keys");
            reader.setDaemon(true);
            reader.start();
            if (watch) {
                watcher.scheduleWithFixedDelay(() -> effects.checkForChanges(queue::post),
                        WATCH_INTERVAL_MS, WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
            }
            program.drain();
            Frames frames = new Frames(screen, program);
            frames.draw(Screen.RefreshType.COMPLETE);
            while (program.state().running()) {
                Event event = queue.take(WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
                if (event == null) continue;
                boolean resized = false;
                for (; event != null && program.state().running(); event = queue.poll()) {
                    if (event instanceof Event.Resize) {
                        TerminalSize now = screen.doResizeIfNecessary();
                        event = new Event.Resize(now != null ? now : screen.getTerminalSize());
                        resized = true;
                    }
                    if (event instanceof Event.InputClosed) terminalGone = true;
                    program.apply(event);
                }
                if (program.state().running()) {
                    frames.draw(resized || redrawAll ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
                    redrawAll = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watcher.shutdownNow();
            try {
                screen.stopScreen();
            } catch (IOException e) {
                if (!terminalGone) throw e;   // a hung-up terminal cannot be restored; nothing to do
            }
        }
        return program.state();
    }

    /** Draws frames; a draw that throws is logged and said once on the status line, never an exit. */
    private static final class Frames {
        private final Screen screen;
        private final Program program;
        private String lastFailure;
        private String lastReport;

        Frames(Screen screen, Program program) {
            this.screen = screen;
            this.program = program;
        }

        void draw(Screen.RefreshType refresh) throws IOException {
            try {
                program.draw(screen.newTextGraphics());
                screen.setCursorPosition(program.cursor());
            } catch (RuntimeException e) {
                String message = e.getClass().getName() + ": " + e.getMessage();
                if (!message.equals(lastFailure)) {
                    lastFailure = message;
                    lastReport = program.failure("drawing the screen", e);
                }
                drawFailure();
            }
            screen.refresh(refresh);
        }

        /** What is left when a screen cannot be drawn: what happened and the way out. */
        private void drawFailure() {
            var g = screen.newTextGraphics();
            g.fill(' ');
            Theme theme = program.state().settings().theme();
            int width = screen.getTerminalSize().getColumns();
            int row = 0;
            for (String line : Wrap.wrap(lastReport, Math.max(1, width))) {
                LineDrawer.drawText(g, 0, row++, width, line, theme.status());
            }
            LineDrawer.drawText(g, 0, row, width, TextWidth.fit("Esc goes back, q or Ctrl-C quits", width),
                    theme.secondary());
            screen.setCursorPosition(null);
        }
    }

    /**
     * Lends the terminal out on the UI thread: keys stop being read, the screen stops (leaving
     * the alternate screen, bracketed paste off), the line discipline goes back to the shell's;
     * afterwards all of it is taken back and the next frame redraws every cell.
     */
    @Override
    public void handOver(Runnable body) {
        keys.pause();
        try {
            screen.stopScreen();
            if (terminal instanceof TerminalModes modes) modes.release();
        } catch (IOException e) {
            queue.post(new Event.Status("Could not hand the terminal over: " + e.getMessage()));
        }
        try {
            body.run();
        } finally {
            try {
                if (terminal instanceof TerminalModes modes) modes.reacquire();
                screen.startScreen();
                TerminalSize size = screen.doResizeIfNecessary();
                queue.post(new Event.Resize(size != null ? size : screen.getTerminalSize()));
            } catch (IOException | RuntimeException e) {
                queue.post(new Event.Status("Could not take the terminal back: " + e.getMessage()));
            }
            redrawAll = true;
            keys.resume();
        }
    }

    /**
     * Ctrl-L, as in most terminal programs: the size asked for again (a resize listener hears
     * of any change) and every cell drawn on the next frame, for a screen something else wrote
     * on or drew at a wrong size.
     */
    @Override
    public void redraw() {
        try {
            if (terminal instanceof TerminalModes modes) modes.reassert();
            TerminalSize size = terminal.getTerminalSize();
            TerminalSize now = screen.doResizeIfNecessary();
            queue.post(new Event.Resize(now != null ? now : size));
        } catch (IOException e) {
            queue.post(new Event.Status("Could not measure the terminal: " + e.getMessage()));
        }
        redrawAll = true;
    }

    /** Ctrl-Z: SIGTSTP to this process with the terminal handed back; the shell's fg continues it here. */
    @Override
    public void suspend() {
        handOver(() -> {
            try {
                Process kill = new ProcessBuilder("kill", "-TSTP", String.valueOf(ProcessHandle.current().pid()))
                        .inheritIO().start();
                kill.waitFor();
                // The stop lands as the signal is delivered; this wait only makes sure it has
                // before the screen is taken back (a stopped process wakes from it after fg).
                Thread.sleep(100);
                // Woken in the background (bg, or kill %1 continuing it to deliver a TERM):
                // the terminal is the shell's until fg; a quit meanwhile leaves it as it is.
                while (terminal instanceof TerminalModes modes && !modes.inForeground()) Thread.sleep(100);
            } catch (IOException e) {
                queue.post(new Event.Status("Could not suspend: " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
