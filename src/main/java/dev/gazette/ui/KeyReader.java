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
    /** How long an idle poll waits before the next while keys are coming: far under what a person can notice. */
    private static final long TYPING_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /**
     * The wait once no key has come for {@link #QUIET_POLLS} polls (a second): still under
     * what a first key can be felt to lag by, and a fifth of the wake-ups while nobody types.
     */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    private static final int QUIET_POLLS = 200;

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
            int idlePolls = 0;
            while (true) {
                KeyStroke key;
                synchronized (lock) {
                    while (paused) lock.wait();
                    key = screen.pollInput();
                }
                if (key == null) {
                    LockSupport.parkNanos(++idlePolls > QUIET_POLLS ? QUIET_NANOS : TYPING_NANOS);
                    continue;
                }
                idlePolls = 0;
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
