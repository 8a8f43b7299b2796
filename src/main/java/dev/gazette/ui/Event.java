package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.comments.Comment;
import dev.gazette.feed.Feed;

import java.util.List;

/**
 * Everything that reaches the UI loop, as data: what the user did, what the terminal did,
 * and what each {@link Effect} came back with, success or failure. {@link Router#update}
 * is the only place that reads them. {@code source} is the index of the feed concerned.
 */
public sealed interface Event {

    /** A key or mouse action. */
    record Key(KeyStroke stroke) implements Event {}

    /** Text pasted into the terminal: always text, never keys. */
    record Paste(String text) implements Event {}

    /** The terminal changed size. */
    record Resize(TerminalSize size) implements Event {}

    /** The terminal is gone (hangup, closed input): save what can be saved and stop quietly. */
    record InputClosed() implements Event {}

    /** Part of a big feed has been read (load {@code generation}); the list shows it while the rest loads. */
    record FeedProgress(int source, long generation, Feed partial, int percent) implements Event {}

    /** Load {@code generation} finished; {@code freshness} says when a URL's copy was fetched, or is null. */
    record FeedLoaded(int source, long generation, Feed feed, String freshness) implements Event {}

    /** Load {@code generation} failed; {@code message} is one line naming the source. */
    record FeedFailed(int source, long generation, String message) implements Event {}

    /** The read marks are read from disk; {@code warning} says why they could not be, or is null. */
    record MarksLoaded(int source, ReadSet marks, String warning) implements Event {}

    /** The feed changed since it was last read (the file on disk; for a URL, a fetch is due). */
    record FeedChanged(int source) implements Event {}

    /** An article asked for with {@link Effect.OpenArticle} is rendered, with its comments. */
    record ArticleReady(long request, ArticlePage page, String journalProblem) implements Event {}

    /** An article could not be opened. */
    record ArticleFailed(long request, String message) implements Event {}

    /** A comment is on disk; {@code comments} is the article's whole list, re-read. */
    record CommentSaved(int source, String articleId, Comment comment, List<Comment> comments, int unreadableLines)
            implements Event {}

    /** A comment could not be written; the draft stays. */
    record CommentFailed(int source, String articleId, String message) implements Event {}

    /** Something for the status line: the browser was started, marks could not be saved. */
    record Status(String message) implements Event {}

    /** An update or an effect threw; the loop carries on and says so. */
    record Failed(String what, String message) implements Event {}
}
