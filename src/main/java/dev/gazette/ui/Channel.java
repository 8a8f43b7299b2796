package dev.gazette.ui;

import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DraftStore;
import dev.gazette.marks.ReadMarks;

/**
 * What one feed's effects reach: where the feed is read from, its comment journal, its
 * read-marks file and its drafts file (marks and drafts null when not kept: tests, benchmarks).
 */
public record Channel(FeedSource source, CommentJournal journal, ReadMarks marks, DraftStore drafts) {

    /** A feed whose drafts are not kept on disk. */
    public Channel(FeedSource source, CommentJournal journal, ReadMarks marks) {
        this(source, journal, marks, null);
    }
}
