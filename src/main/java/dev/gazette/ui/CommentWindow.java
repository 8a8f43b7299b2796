package dev.gazette.ui;

import dev.gazette.comments.Comment;
import dev.gazette.comments.Discussion;
import dev.gazette.comments.JournalRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of an article's discussion that the page lays out: at most {@link #SIZE} rows
 * from row {@code from}, with their texts read. A discussion of a million comments is never
 * laid out whole: the page shows a window of it, and moving the comment selection past
 * either end asks a worker for the next window ({@link Effect.ShowComments}).
 *
 * <p>Built on a worker ({@link #read}), since reading texts may read the journal file; after
 * that immutable, so the UI thread lays it out without touching a file.
 *
 * @param unreadable lines of the journal that could not be read (shown as a note)
 */
public record CommentWindow(Discussion discussion, int from, List<String> texts, int unreadable) {

    /** Rows laid out at once: a few screens of scrolling either way, and a layout in milliseconds. */
    public static final int SIZE = 1000;

    public static final CommentWindow NONE = new CommentWindow(Discussion.of("", List.of()), 0, List.of(), 0);

    public CommentWindow {
        texts = List.copyOf(texts);
    }

    /** The window starting at row {@code from} (clamped), its texts read. May read the journal: a worker only. */
    public static CommentWindow read(Discussion d, int from, int unreadable) {
        int start = Math.max(0, Math.min(from, d.size() - SIZE));
        int end = Math.min(d.size(), start + SIZE);
        d.prefetch(start, end);
        List<String> texts = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) texts.add(d.text(i));
        return new CommentWindow(d, start, texts, unreadable);
    }

    /** The window that shows row {@code row}, with rows before and after it. May read the journal. */
    public static CommentWindow around(Discussion d, int row, int unreadable) {
        return read(d, startFor(row, d.size()), unreadable);
    }

    /** Where a window showing {@code row} of {@code size} starts: the row in its middle, or the ends. */
    static int startFor(int row, int size) {
        return Math.max(0, Math.min(row - SIZE / 2, size - SIZE));
    }

    /** Plain comments (tests, a page built without a journal). */
    public static CommentWindow of(String articleId, List<Comment> comments) {
        List<JournalRecord> records = new ArrayList<>();
        for (Comment c : comments) records.add(new JournalRecord.Posted(c));
        return read(Discussion.of(articleId, records), 0, 0);
    }

    /** One past the last row laid out. */
    public int to() {
        return from + texts.size();
    }

    public boolean contains(int row) {
        return row >= from && row < to();
    }

    public String text(int row) {
        return texts.get(row - from);
    }
}
