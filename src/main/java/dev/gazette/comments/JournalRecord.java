package dev.gazette.comments;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the journal (DESIGN.md section 6): a comment (top-level or a reply), an edit of a
 * comment, or its withdrawal. Edits and withdrawals are new lines, never rewrites; they take
 * effect only when written by the comment's own author (see {@link Discussion}).
 *
 * <p>Every text field a view may show is already cleaned ({@code CleanText}) when a record
 * comes from {@link CommentCodec}.
 */
public sealed interface JournalRecord permits JournalRecord.Posted, JournalRecord.Edit, JournalRecord.Withdrawal {

    /** This line's own id (a UUID for lines Gazette writes). */
    String id();

    String author();

    /** Null when missing, unreadable or outside the years 1 to 9999. */
    Instant date();

    /** A comment or a reply: {@code {"id","article","parent"?,"author","date","text"}}. */
    record Posted(Comment comment) implements JournalRecord {
        public Posted {
            Objects.requireNonNull(comment, "comment");
        }

        @Override public String id() { return comment.id(); }
        @Override public String author() { return comment.author(); }
        @Override public Instant date() { return comment.date(); }
    }

    /** {@code {"id","edits":"<comment id>","author","date","text"}}: the comment's new text. */
    record Edit(String id, String target, String author, Instant date, String text) implements JournalRecord {
        public Edit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code {"id","deletes":"<comment id>","author","date"}}: the comment is withdrawn. */
    record Withdrawal(String id, String target, String author, Instant date) implements JournalRecord {
        public Withdrawal {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(author, "author");
        }
    }
}
