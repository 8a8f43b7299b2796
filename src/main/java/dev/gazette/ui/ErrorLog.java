package dev.gazette.ui;

/** Where the details of an unexpected exception go, so the screen can say one line and carry on. */
@FunctionalInterface
public interface ErrorLog {
    ErrorLog NONE = e -> null;

    /** Records {@code e}; returns where (for the status line), or null when nothing could be written. */
    String record(Throwable e);
}
