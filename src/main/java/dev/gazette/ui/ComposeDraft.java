package dev.gazette.ui;

/**
 * An unsent comment as the UI keeps it per article: the input line (text and cursor) and
 * what it answers. The drafts file keeps the same text and target ({@link ComposeTarget#draft}).
 */
public record ComposeDraft(InputLine line, ComposeTarget target) {

    public static final ComposeDraft EMPTY = new ComposeDraft(InputLine.EMPTY, ComposeTarget.COMMENT);

    public boolean isEmpty() {
        return line.text().isEmpty();
    }
}
