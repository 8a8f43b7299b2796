package dev.gazette.comments;

/**
 * A comment or a draft could not be saved. The message is one line meant for the status bar
 * ("cannot save comment: disk full"); the cause, when there is one, is for logs only.
 */
public final class JournalException extends Exception {

    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
