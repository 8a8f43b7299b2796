package dev.gazette.ui;

/** Opens a link outside Gazette; the answer is one line for the status bar. */
@FunctionalInterface
public interface Browser {
    String open(String url);
}
