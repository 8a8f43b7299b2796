package dev.gazette.ui;

import dev.gazette.comments.CommentJournal;
import dev.gazette.marks.ReadMarks;

/**
 * What one feed's effects reach: where the feed is read from, its comment journal and its
 * read-marks file (null when marks are not kept: tests, benchmarks).
 */
public record Channel(FeedSource source, CommentJournal journal, ReadMarks marks) {}
