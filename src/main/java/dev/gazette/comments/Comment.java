package dev.gazette.comments;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment from the journal, as a view may show it.
 *
 * @param id      unique id (a UUID for comments Gazette writes; a hand-written line without one
 *                gets a stable id derived from its byte offset, see {@link CommentCodec})
 * @param article the feed item id the comment belongs to
 * @param author  display name, already cleaned ({@code CleanText.line}); never null
 *                ("anonymous" when the line has none)
 * @param date    when it was written; null when the line's date is missing, unreadable or
 *                outside the years 1 to 9999 (shown without a time)
 * @param text    the text, already cleaned ({@code CleanText.multiline}): line breaks are '\n',
 *                no control or bidi-override characters
 * @param parent  the id of the comment this one answers, or null for a top-level comment
 */
public record Comment(String id, String article, String author, Instant date, String text, String parent) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }

    /** A top-level comment. */
    public Comment(String id, String article, String author, Instant date, String text) {
        this(id, article, author, date, text, null);
    }
}
