package dev.gazette.ui;

import dev.gazette.feed.Article;

/**
 * Work an update asks for that touches the world outside the UI state: files, processes,
 * the network. The {@link EffectRunner} carries each out on a worker thread and answers with
 * an {@link Event}, so the UI thread never waits on a disk, a socket or a child process.
 * {@code source} is the index of the feed (of those given on the command line or in the
 * feeds file) whose files the effect touches.
 */
public sealed interface Effect {

    /** Read the feed (again); answers with FeedProgress, then FeedLoaded or FeedFailed of the same generation. */
    record LoadFeed(int source, long generation) implements Effect {}

    /** Inflate and render an article's body and read its comments; answers ArticleReady or ArticleFailed. */
    record OpenArticle(int source, long request, Article article, String baseUrl, int width) implements Effect {}

    /** Append a comment to the journal, forced to disk; answers CommentSaved or CommentFailed. */
    record AppendComment(int source, String articleId, String author, String text) implements Effect {}

    /** Write a reply to comment {@code parentId}; answers CommentSaved or CommentFailed. */
    record ReplyComment(int source, String articleId, String parentId, String author, String text) implements Effect {}

    /** Give one's own comment a new text (an edit line); answers CommentSaved or CommentFailed. */
    record EditComment(int source, String articleId, String commentId, String author, String text) implements Effect {}

    /** Withdraw one's own comment (a withdrawal line); answers CommentSaved or CommentFailed. */
    record WithdrawComment(int source, String articleId, String commentId, String author) implements Effect {}

    /** Read the window of a big discussion that shows {@code row}; answers CommentsShown. */
    record ShowComments(int source, long request, String articleId, int row) implements Effect {}

    /** Count the comments of every article of the feed; answers CommentCounts. */
    record LoadCounts(int source) implements Effect {}

    /** Read the feed's unsent drafts; answers DraftsLoaded. */
    record LoadDrafts(int source) implements Effect {}

    /** Keep the article's draft ({@code draft} null: forget it); written to disk in batches. */
    record SaveDraft(int source, String articleId, dev.gazette.comments.Draft draft) implements Effect {}

    /**
     * Open $VISUAL / $EDITOR on {@code text}, with the terminal handed to it; answers EditorDone.
     * The only effect that runs on the UI thread: nothing else may draw while the editor runs.
     */
    record ComposeInEditor(int source, String articleId, String text) implements Effect {}

    /** Ctrl-Z: give the terminal back to the shell and stop, until the shell's fg. */
    record Suspend() implements Effect {}

    /** Ctrl-L: measure the terminal again and draw every cell, whatever else wrote on it. */
    record Redraw() implements Effect {}

    /** Read the read marks; answers MarksLoaded. */
    record LoadMarks(int source) implements Effect {}

    /** Remember the read marks; saves are batched, the newest set wins. */
    record SaveMarks(int source, ReadSet marks) implements Effect {}

    /** Open a URL in the user's browser; answers with a Status. */
    record OpenUrl(String url) implements Effect {}

    /** Put a URL on the clipboard ({@link Clipboard}); answers with a Status. */
    record CopyUrl(String url) implements Effect {}

    /**
     * The filter line opened: work out the list's search text now, while the first letter is
     * being typed (a second for 100,000 headlines), rather than on it. Answers nothing.
     */
    record PrepareFilter(HeadlineFilter filter) implements Effect {}
}
