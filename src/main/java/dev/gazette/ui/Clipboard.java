package dev.gazette.ui;

/**
 * Puts text on the user's clipboard (a terminal does it with OSC 52); the answer is one
 * line for the status bar, which shows the text itself whenever it may not have arrived.
 */
@FunctionalInterface
public interface Clipboard {
    String copy(String text);

    /** No clipboard: the status line shows the text in full, to be selected with the mouse. */
    Clipboard NONE = text -> text;
}
