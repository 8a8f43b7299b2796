package dev.gazette.comments;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment from the journal.
 *
 * @param id      unique id (a UUID for comments Gazette writes; a hand-written line without one
 *                gets a stable id derived from its byte offset, see {@link CommentCodec})
 * @param article the feed item id the comment belongs to
 * @param author  display name; never null ("anonymous" when the line has none)
 * @param date    when it was written, to the second; null only for a hand-written line whose
 *                date is missing or unreadable
 * @param text    the text exactly as typed; may hold newlines and any Unicode (the UI sanitises
 *                it on display, the journal stores it as given)
 */
public record Comment(String id, String article, String author, Instant date, String text) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
