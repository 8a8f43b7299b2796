package dev.gazette.source;

import java.util.List;

/**
 * A source, a feeds file or an OPML file that cannot be used. The message is one line
 * naming what was wrong ({@code ftp://x/feed: only http and https URLs can be fetched}),
 * ready for stderr or a status line; it is forced to one line here, whoever builds it.
 */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Lines to say before the message: what led to it (each feeds-file line that was skipped). */
    private final List<String> notes;

    public SourceException(String message) {
        this(message, List.of());
    }

    public SourceException(String message, List<String> notes) {
        super(oneLine(message));
        this.notes = List.copyOf(notes);
    }

    public List<String> notes() {
        return notes;
    }

    public SourceException(String message, Throwable cause) {
        super(oneLine(message), cause);
        this.notes = List.of();
    }

    static String oneLine(String message) {
        if (message == null) return "(no message)";
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
