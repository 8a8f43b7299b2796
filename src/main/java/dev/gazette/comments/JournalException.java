package dev.gazette.comments;

/**
 * A comment or a draft could not be saved. The message is one line meant for the status bar
 * ("cannot save comment: disk full"); the cause, when there is one, is for logs only.
 */
public final class JournalException extends Exception {

    private static final long serialVersionUID = 1L;

    /** True when the comment a reply, edit or withdrawal was for is withdrawn or gone. */
    private final boolean targetGone;

    public JournalException(String message) {
        this(message, false);
    }

    private JournalException(String message, boolean targetGone) {
        super(message);
        this.targetGone = targetGone;
    }

    /** The comment acted on is withdrawn or no longer in the journal: no retry can succeed. */
    static JournalException targetGone(String message) {
        return new JournalException(message, true);
    }

    public boolean targetGone() {
        return targetGone;
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
        this.targetGone = false;
    }
}
