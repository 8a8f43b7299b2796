package dev.gazette.feed;

/**
 * A feed file that cannot be read at all. The message is one line that names the file,
 * e.g. {@code feed.json:3:17: invalid JSON: expected ':'}, ready to print as is; it is
 * kept to one line here, whoever builds it, because the command line prints it on stderr
 * and the UI in a status line.
 */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(ProblemText.oneLine(message));
    }

    public FeedException(String message, Throwable cause) {
        super(ProblemText.oneLine(message), cause);
    }
}
