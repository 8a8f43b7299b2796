package dev.gazette.ui;

/**
 * Work the App asks of the outside world after a key: things that need the terminal or
 * other processes, which the event loop carries out so the App itself stays testable.
 */
public sealed interface Effect {
    /** Open a URL in the user's browser. */
    record OpenUrl(String url) implements Effect {}

    /** Read the feed file again. */
    record Reload() implements Effect {}
}
