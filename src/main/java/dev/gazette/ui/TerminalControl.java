package dev.gazette.ui;

/**
 * The terminal as something the UI can lend out: to an editor, or to the shell while
 * Gazette is stopped (Ctrl-Z). {@link TerminalLoop} is the real one; tests use {@link #NONE}.
 */
public interface TerminalControl {

    /**
     * Runs {@code body} on the calling (UI) thread with the terminal given back: keys no
     * longer read, the screen stopped, the line discipline as the shell left it. Afterwards
     * the terminal is taken back and the whole screen redrawn.
     */
    void handOver(Runnable body);

    /** Stops the process as Ctrl-Z does in a shell, with the terminal given back; returns after fg. */
    void suspend();

    /** Measures the terminal again and draws every cell on the next frame. */
    void redraw();

    /** No terminal: the body just runs, and suspending and redrawing do nothing. */
    TerminalControl NONE = new TerminalControl() {
        @Override
        public void handOver(Runnable body) {
            body.run();
        }

        @Override
        public void suspend() {
            // nothing to stop
        }

        @Override
        public void redraw() {
            // nothing to draw on
        }
    };
}
