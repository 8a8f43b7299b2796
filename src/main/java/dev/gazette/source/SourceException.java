package dev.gazette.source;

/**
 * A source, a feeds file or an OPML file that cannot be used. The message is one line
 * naming what was wrong ({@code ftp://x/feed: only http and https URLs can be fetched}),
 * ready for stderr or a status line; it is forced to one line here, whoever builds it.
 */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(oneLine(message));
    }

    public SourceException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    static String oneLine(String message) {
        if (message == null) return "(no message)";
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
