package dev.gazette.ui;

/** Opens a link outside Gazette; the answer is one line for the status bar. */
@FunctionalInterface
public interface Browser {
    String open(String url);

    /**
     * Whether opening url needs the terminal (a browser that draws in it): then {@link #open}
     * runs with the terminal handed over and returns when the browser has exited.
     */
    default boolean needsTerminal(String url) {
        return false;
    }
}
