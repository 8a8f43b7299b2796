package dev.gazette.feed;

import dev.gazette.feed.JsonPositions.Position;

/**
 * Why a file cannot be read as a feed, before the file name is known to the message:
 * the loader turns it into a {@link FeedException} "FILE[:LINE[:COL]]: message".
 */
public final class FeedFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Position position;
    private boolean repairable;

    FeedFormatException(Position position, String message) {
        super(message);
        this.position = position;
    }

    public FeedFormatException(String message) {
        this(Position.UNKNOWN, message);
    }

    /** At line and column (1-based; 0 when unknown), for readers outside this package. */
    public FeedFormatException(int line, int column, String message) {
        this(new Position(line, column), message);
    }

    /** Marks an XML error that a second reading can repair (a control character, a bare ampersand). */
    public FeedFormatException repairable() {
        repairable = true;
        return this;
    }

    /** Whether a second reading, repairing as it goes, may read the file. */
    public boolean isRepairable() {
        return repairable;
    }

    Position position() {
        return position;
    }

    /** The one-line message for the file as the user named it. */
    String format(String fileName) {
        String where = !position.known() ? fileName
                : position.column() > 0 ? fileName + ":" + position.line() + ":" + position.column()
                : fileName + ":" + position.line();   // the parser knew the line only (Woodstox, in a CDATA section)
        return where + ": " + getMessage();
    }
}
