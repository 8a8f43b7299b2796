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

    /** Read the read marks; answers MarksLoaded. */
    record LoadMarks(int source) implements Effect {}

    /** Remember the read marks; saves are batched, the newest set wins. */
    record SaveMarks(int source, ReadSet marks) implements Effect {}

    /** Open a URL in the user's browser; answers with a Status. */
    record OpenUrl(String url) implements Effect {}

    /** Put a URL on the clipboard ({@link Clipboard}); answers with a Status. */
    record CopyUrl(String url) implements Effect {}
}
