package dev.gazette.ui;

import java.io.IOException;

/** Writing a comment in the user's own editor ($VISUAL, $EDITOR). */
@FunctionalInterface
public interface Editor {

    /**
     * Lets the user edit {@code text} and returns what they saved. Runs on the UI thread
     * with the terminal handed over ({@link TerminalControl#handOver}).
     *
     * @throws IOException with a one-line message when no editor could be run or it failed
     */
    String edit(String text) throws IOException;

    /** How a failure that kept the editor's text begins: the status shows it as it is. */
    String DRAFT_UNCHANGED = "Draft unchanged";

    /** No editor configured (tests): says so. */
    Editor NONE = text -> {
        throw new IOException("no editor: set $VISUAL or $EDITOR");
    };
}
