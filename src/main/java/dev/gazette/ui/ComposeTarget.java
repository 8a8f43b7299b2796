package dev.gazette.ui;

import dev.gazette.comments.Draft;

/**
 * What the comment input writes: a new comment, a reply to a comment, or a new text for
 * one's own comment. It labels the input ("Reply to ana> ", "Edit> ") and goes into the
 * draft on disk with the text ({@link Draft}).
 *
 * @param kind      which of the three
 * @param commentId the comment answered or edited; null for a new comment
 * @param author    the answered comment's author, for the label; may be null (a draft read from disk)
 */
public record ComposeTarget(Kind kind, String commentId, String author) {

    public enum Kind { COMMENT, REPLY, EDIT }

    public static final ComposeTarget COMMENT = new ComposeTarget(Kind.COMMENT, null, null);

    static ComposeTarget reply(String commentId, String author) {
        return new ComposeTarget(Kind.REPLY, commentId, author);
    }

    static ComposeTarget edit(String commentId) {
        return new ComposeTarget(Kind.EDIT, commentId, null);
    }

    /** The label before the input's text. */
    String prompt() {
        return switch (kind) {
            case COMMENT -> "> ";
            case REPLY -> author == null ? "Reply> " : "Reply to " + author + "> ";
            case EDIT -> "Edit> ";
        };
    }

    /** The draft kept on disk for this target and text. */
    Draft draft(String text) {
        return switch (kind) {
            case COMMENT -> Draft.comment(text);
            case REPLY -> Draft.reply(commentId, text);
            case EDIT -> Draft.edit(commentId, text);
        };
    }

    /** The target of a draft read from disk (a reply's author is filled in when the article opens). */
    static ComposeTarget of(Draft d) {
        if (d.parent() != null) return reply(d.parent(), null);
        if (d.edits() != null) return edit(d.edits());
        return COMMENT;
    }
}
