package dev.gazette.comments;

import java.util.Objects;

/**
 * An unsent comment: its text as typed and what it answers.
 *
 * @param text   as typed, line breaks and tabs kept
 * @param parent the comment a reply answers, or null
 * @param edits  the comment whose new text this is, or null (never both)
 */
public record Draft(String text, String parent, String edits) {

    public Draft {
        Objects.requireNonNull(text, "text");
        if (parent != null && edits != null) throw new IllegalArgumentException("a draft answers or edits, not both");
    }

    public static Draft comment(String text) {
        return new Draft(text, null, null);
    }

    public static Draft reply(String parentId, String text) {
        return new Draft(text, Objects.requireNonNull(parentId, "parentId"), null);
    }

    public static Draft edit(String commentId, String text) {
        return new Draft(text, null, Objects.requireNonNull(commentId, "commentId"));
    }
}
