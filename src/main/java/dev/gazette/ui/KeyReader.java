package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads keys on its own thread and posts them, a paste as one {@link Event.Paste}
 * ({@link BracketedPaste.Collector}). It polls instead of blocking in a read, so that it can
 * be paused: while an editor or the shell has the terminal (Ctrl-Z), nothing here may take
 * their keys. {@link #pause} returns once no read is under way.
 */
final class KeyReader implements Runnable {
    /** How long an idle poll waits before the next: far under what a person can notice. */
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Screen screen;
    private final EventQueue queue;
    private final BracketedPaste.Collector paste = new BracketedPaste.Collector();
    private final Object lock = new Object();
    private boolean paused;   // guarded by lock

    KeyReader(Screen screen, EventQueue queue) {
        this.screen = screen;
        this.queue = queue;
    }

    /** Stops reading; returns when the poll under way (if any) has finished. */
    void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    @Override
    public void run() {
        try {
            while (true) {
                KeyStroke key;
                synchronized (lock) {
                    while (paused) lock.wait();
                    key = screen.pollInput();
                }
                if (key == null) {
                    LockSupport.parkNanos(IDLE_NANOS);
                    continue;
                }
                if (key.getKeyType() == KeyType.EOF) {
                    queue.post(new Event.InputClosed());
                    return;
                }
                Event e = paste.accept(key);
                if (e != null) queue.post(e);
            }
        } catch (IOException | RuntimeException e) {
            queue.post(new Event.InputClosed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
