package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.comments.Draft;
import dev.gazette.feed.Feed;

import java.util.Map;

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

    /** Load {@code generation} of feed {@code source} has stopped waiting: its download, or its cached copy's reading, has begun. */
    record FeedStarted(int source, long generation) implements Event {}

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

    /**
     * A comment, reply, edit or withdrawal is on disk: {@code message} says which, and
     * {@code window} is the article's discussion re-read around comment {@code commentId},
     * which the view selects and scrolls to. {@code draftSent}: what was saved is the draft
     * (a comment, reply or edit), which is then cleared; a withdrawal leaves the draft alone.
     */
    record CommentSaved(int source, String articleId, String commentId, String message, CommentWindow window,
                        boolean draftSent) implements Event {}

    /** Another part of a big discussion, asked for with {@link Effect.ShowComments}; row {@code select} is selected. */
    record CommentsShown(long request, CommentWindow window, int select) implements Event {}

    /** How many comments each article of feed {@code source} has (articles without any are absent). */
    record CommentCounts(int source, Map<String, Integer> counts) implements Event {}

    /** The feed's unsent drafts, by article id; {@code warning} says why the file could not be read, or is null. */
    record DraftsLoaded(int source, Map<String, Draft> drafts, String warning) implements Event {}

    /** The editor returned: {@code text} is what the file holds now, or null with {@code problem} saying why. */
    record EditorDone(int source, String articleId, String text, String problem) implements Event {}

    /**
     * A comment could not be written; the draft stays. {@code gone}: the discussion as it is
     * now when the comment edited or withdrawn was withdrawn or removed meanwhile (by another
     * Gazette), else null. {@code ofDraft}: what failed was the draft's (a comment, reply or
     * edit), not a withdrawal, which has none.
     */
    record CommentFailed(int source, String articleId, String message, CommentWindow gone, boolean ofDraft)
            implements Event {
        CommentFailed(int source, String articleId, String message) {
            this(source, articleId, message, null, true);
        }
    }

    /** Something for the status line: the browser was started, marks could not be saved. */
    record Status(String message) implements Event {}

    /** An update or an effect threw; the loop carries on and says so. */
    record Failed(String what, String message) implements Event {}
}
