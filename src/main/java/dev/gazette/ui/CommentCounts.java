package dev.gazette.ui;

import dev.gazette.text.TextWidth;

/**
 * The comment counts of the headline list: read per feed on the journal worker
 * ({@link Effect.LoadCounts}, at start and after each save) and shown after the title as
 * "(3)", in the secondary look, taking its columns from the title, never from the author;
 * an article with an unsent draft says so there too.
 */
final class CommentCounts {
    private CommentCounts() {}

    static AppState loaded(AppState s, Event.CommentCounts e) {
        return s.withEntry(e.source(), s.feeds().get(e.source()).withComments(e.counts()));
    }

    /**
     * " (3)" for an article with comments on a row wide enough for it, " (3, draft)" or
     * " (draft)" when an unsent comment waits on it (so a draft left days ago is found from
     * the list), else "".
     */
    static String label(int count, boolean draft, int width) {
        if (width < 30 || (count <= 0 && !draft)) return "";
        if (!draft) return " (" + count + ")";
        return count <= 0 ? " (draft)" : " (" + count + ", draft)";
    }

    /** The title cut so that it and {@code label} fit in {@code columns} together. */
    static String titleFor(String fullTitle, int columns, String label) {
        return TextWidth.fit(fullTitle, Math.max(0, columns - TextWidth.columns(label)));
    }
}
