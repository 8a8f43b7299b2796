package dev.gazette.ui;

import dev.gazette.text.TextWidth;

/**
 * The comment counts of the headline list: read per feed on the journal worker
 * ({@link Effect.LoadCounts}, at start and after each save) and shown after the title as
 * "(3)", in the secondary look, taking its columns from the title, never from the author.
 */
final class CommentCounts {
    private CommentCounts() {}

    static AppState loaded(AppState s, Event.CommentCounts e) {
        return s.withEntry(e.source(), s.feeds().get(e.source()).withComments(e.counts()));
    }

    /** " (3)" for an article with comments on a row wide enough for it, else "". */
    static String label(int count, int width) {
        if (count <= 0 || width < 30) return "";
        return " (" + count + ")";
    }

    /** The title cut so that it and {@code label} fit in {@code columns} together. */
    static String titleFor(String fullTitle, int columns, String label) {
        return TextWidth.fit(fullTitle, Math.max(0, columns - TextWidth.columns(label)));
    }
}
