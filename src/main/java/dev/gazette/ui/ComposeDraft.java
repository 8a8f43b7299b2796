package dev.gazette.ui;

/**
 * An unsent comment as the UI keeps it per article: the input line (text and cursor) and
 * what it answers. The drafts file keeps the same text and target ({@link ComposeTarget#draft}).
 */
public record ComposeDraft(InputLine line, ComposeTarget target) {

    public static final ComposeDraft EMPTY = new ComposeDraft(InputLine.EMPTY, ComposeTarget.COMMENT);

    /**
     * Nothing worth keeping: blank, as the drafts file and a save see it too, so spaces alone
     * do not mark a headline "(draft)" for a draft no file holds.
     */
    public boolean isEmpty() {
        return line.text().isBlank();
    }
}
