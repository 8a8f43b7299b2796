package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
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
public final class TerminalLoop {
    private static final long WATCH_INTERVAL_MS = 1000;

    private final Terminal terminal;

    public TerminalLoop(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs until the program stops; returns its last state (to ask why it stopped). */
    public AppState run(Program program, EffectRunner effects, boolean watch) throws IOException {
        EventQueue queue = program.queue();
        TerminalScreen screen = new TerminalScreen(terminal);
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
            Thread reader = new Thread(() -> readKeys(screen, queue), "gazette-keys");
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
                    frames.draw(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
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

    private static void readKeys(Screen screen, EventQueue queue) {
        try {
            while (true) {
                KeyStroke key = screen.readInput();
                if (key == null) continue;
                if (key.getKeyType() == KeyType.EOF) {
                    queue.post(new Event.InputClosed());
                    return;
                }
                queue.post(new Event.Key(key));
            }
        } catch (IOException | RuntimeException e) {
            queue.post(new Event.InputClosed());
        }
    }
}
