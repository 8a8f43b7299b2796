package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The thin I/O edge of the UI. One thread owns the App: it takes events from a queue
 * (keys from a reader thread, resizes, results of background loads), applies them, runs
 * the effects the App asked for, and redraws once per batch. Keys are read on their own
 * thread so that a resize or a finished load redraws at once while no key is pressed,
 * and a burst of keys (a held-down j) is applied together before one redraw. Once a
 * second it checks whether the feed file changed on disk and reloads it if so.
 */
public final class TerminalLoop {
    private static final Object RESIZED = new Object();
    private static final long WATCH_INTERVAL_MS = 1000;

    private final Terminal terminal;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    public TerminalLoop(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs {@code change} on the loop's thread (from any thread), then redraws. */
    public void post(Consumer<App> change) {
        events.offer(change);
    }

    /**
     * Runs until the App stops and returns it (to ask why it stopped). {@code effects}
     * carries out what the App cannot do itself; {@code watched} is polled for changes of
     * the feed file (null: no watching).
     */
    public App run(Function<TerminalSize, App> appFactory, EffectRunner effects, FeedSource watched)
            throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        terminal.addResizeListener((t, newSize) -> events.offer(RESIZED));
        screen.startScreen();
        App app = null;
        try {
            app = appFactory.apply(screen.getTerminalSize());
            Thread reader = new Thread(() -> readKeys(screen), "gazette-keys");
            reader.setDaemon(true);
            reader.start();
            draw(app, screen, Screen.RefreshType.COMPLETE);
            long nextWatch = System.currentTimeMillis() + WATCH_INTERVAL_MS;
            while (app.running()) {
                Object event = events.poll(WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
                Screen.RefreshType refresh = Screen.RefreshType.DELTA;
                boolean changed = false;
                while (event != null && app.running()) {
                    if (event == RESIZED) {
                        TerminalSize newSize = screen.doResizeIfNecessary();
                        if (newSize != null) app.resize(newSize);
                        refresh = Screen.RefreshType.COMPLETE;
                    } else if (event instanceof KeyStroke key) {
                        app.handle(key);
                    } else if (event instanceof Consumer<?> change) {
                        @SuppressWarnings("unchecked")
                        Consumer<App> c = (Consumer<App>) change;
                        c.accept(app);
                    } else if (event instanceof IOException e) {
                        throw e;
                    }
                    changed = true;
                    event = events.poll();
                }
                for (Effect effect : app.takeEffects()) effects.run(effect, this);
                long now = System.currentTimeMillis();
                if (watched != null && now >= nextWatch) {
                    nextWatch = now + WATCH_INTERVAL_MS;
                    if (watched.changed()) effects.run(new Effect.Reload(), this);
                }
                if (changed && app.running()) draw(app, screen, refresh);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            screen.stopScreen();
        }
        return app;
    }

    /** Carries out effects; may post results back with {@link TerminalLoop#post}. */
    @FunctionalInterface
    public interface EffectRunner {
        void run(Effect effect, TerminalLoop loop);
    }

    private static void draw(App app, Screen screen, Screen.RefreshType refresh) throws IOException {
        app.draw(screen.newTextGraphics());
        screen.setCursorPosition(app.cursor());
        screen.refresh(refresh);
    }

    private void readKeys(Screen screen) {
        try {
            while (true) {
                KeyStroke key = screen.readInput();
                if (key == null) continue;
                events.put(key);
                if (key.getKeyType() == KeyType.EOF) return;
            }
        } catch (IOException e) {
            events.offer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
