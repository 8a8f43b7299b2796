package dev.gazette.ui;

import java.io.IOException;

/**
 * A terminal whose line discipline can be handed back to the shell and taken again: what
 * an editor and Ctrl-Z need beyond stopping the screen (which only leaves the alternate
 * screen). The Unix terminal of {@code cli} implements it; the virtual one of the tests does not.
 */
public interface TerminalModes {

    /** The terminal as it was before Gazette started: line mode, echo, signal keys. */
    void release() throws IOException;

    /** Gazette's settings again: raw keys, no echo, Ctrl-C and Ctrl-Z as keys. */
    void reacquire() throws IOException;

    /** Ctrl-L: the modes Gazette set (alternate screen, mouse, bracketed paste) written again. */
    default void reassert() throws IOException {
    }

    /** Whether the terminal is Gazette's to take back now: false while the shell runs it in the background. */
    default boolean inForeground() {
        return true;
    }
}
