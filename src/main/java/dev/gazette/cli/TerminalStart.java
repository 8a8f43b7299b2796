package dev.gazette.cli;

import com.googlecode.lanterna.terminal.Terminal;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Sets the terminal up on a thread of its own while the reader starts and the first feed
 * loads, so the stty process and Lanterna's set-up overlap that work instead of following it.
 * Setting up draws nothing: it changes the line discipline (keys one by one, no echo), and a
 * start that ends without a screen (a feed that cannot be read) gives the settings back.
 */
final class TerminalStart<T extends Terminal> {
    private final FutureTask<T> task;

    private TerminalStart(Callable<T> open) {
        this.task = new FutureTask<>(open);
    }

    /** Starts opening the terminal with {@code open} (a constructor that sets it up). */
    static <T extends Terminal> TerminalStart<T> begin(Callable<T> open) {
        TerminalStart<T> start = new TerminalStart<>(open);
        Thread thread = new Thread(start.task, "gazette-terminal");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** The terminal, waiting for it if need be; what failed in opening it is thrown here. */
    T get() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the terminal up");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause.getMessage(), cause);
        }
    }

    /**
     * For a start that shows no screen: waits until the set-up is over (so it cannot change
     * the terminal after Gazette has gone) and closes the terminal, which restores its settings.
     */
    void abandon() {
        boolean interrupted = false;
        T terminal = null;
        while (true) {
            try {
                terminal = task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;   // nothing was opened; get() would say why
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (terminal == null) return;
        try {
            terminal.close();
        } catch (IOException e) {
            // Lanterna's close already swallows a failed restore; there is nothing left to try
        }
    }
}
