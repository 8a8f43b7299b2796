package dev.gazette.comments;

import java.time.Instant;

/**
 * One comment of a {@link Discussion} as a view lays it out, without its text (which
 * {@link Discussion#text(int)} reads when the row scrolls into view).
 *
 * @param id       the comment's id: what a reply, an edit or a withdrawal names
 * @param parentId the comment it is shown under; null at top level (including a reply whose
 *                 parent is not in this discussion)
 * @param author   cleaned display name
 * @param date     when it was written; null when the line's date is missing or unreadable
 * @param editedAt when the text shown was written by an edit; null if not edited (or if the
 *                 edit has no readable date, see {@code edited})
 * @param depth    0 for top level, 1 for a reply, ... (a view caps the indent, not this)
 * @param edited   the text shown is the latest edit by the author: mark it "(edited)"
 * @param deleted  withdrawn by its author: show "[deleted]" in place of the text; its replies
 *                 stay below it
 */
public record DiscussionRow(String id, String parentId, String author, Instant date, Instant editedAt,
                            int depth, boolean edited, boolean deleted) {

    /**
     * True when {@code name} (as given to {@link CommentJournal#edit} and
     * {@link CommentJournal#withdraw}, e.g. the configured author) wrote this comment: whether a
     * view offers to edit or withdraw it. Compared as the journal compares, after cleaning.
     */
    public boolean isBy(String name) {
        return author.equals(CommentCodec.shownAuthor(name));
    }
}
