package dev.gazette.ui;

import dev.gazette.feed.Article;

/**
 * The article screen's state: which article, its page once rendered (null while a worker
 * renders it), the first visible line counted at {@code width}, and the comment input.
 *
 * @param source  the feed the article belongs to
 * @param request the number of the render request, so a late answer for another article is dropped
 * @param saving  a comment is being written; the input waits for the answer
 * @param comments the selected comment and what the input writes (comment, reply, edit)
 */
public record ArticleState(int source, Article article, long request, ArticlePage page, int width, int top,
                           boolean inputFocused, InputLine input, int inputOffset, boolean saving,
                           CommentFocus comments) {

    public static ArticleState opening(int source, Article article, long request, int width, ComposeDraft draft) {
        return new ArticleState(source, article, request, null, Math.max(1, width), 0, false, draft.line(), 0, false,
                CommentFocus.writing(draft.target()));
    }

    /** This article's key among drafts. */
    String draftKey() {
        return AppState.draftKey(source, article.id());
    }

    public int lineCount() {
        return page == null ? 0 : page.layout(width).lines().size();
    }

    /** The rendered page has arrived. */
    ArticleState ready(ArticlePage newPage, int height) {
        ArticleState s = new ArticleState(source, article, request, newPage, width, top, inputFocused, input, inputOffset, saving, comments);
        return s.withTop(VerticalScroll.clamp(top, s.lineCount(), height));
    }

    /** Scrolls for a view command in a body window of {@code height} lines. */
    ArticleState scroll(Command command, int height) {
        int next = VerticalScroll.step(command, top, height, Integer.MAX_VALUE);
        return withTop(VerticalScroll.clamp(next, lineCount(), height));
    }

    /** The same reading position at another width: the line holding the same text comes first. */
    ArticleState reflow(int newWidth, int height) {
        int w = Math.max(1, newWidth);
        if (page == null) return new ArticleState(source, article, request, null, w, 0, inputFocused, input, inputOffset, saving, comments);
        if (w == width) return withTop(VerticalScroll.clamp(top, lineCount(), height));
        long offset = page.offsetOfLine(width, top);
        int newTop = page.lineAtOffset(w, offset);
        ArticleState s = new ArticleState(source, article, request, page, w, newTop, inputFocused, input, inputOffset, saving, comments);
        return s.withTop(VerticalScroll.clamp(newTop, s.lineCount(), height));
    }

    /** Shows the page's last comment: its first line at the top when it fits, else the end. */
    ArticleState revealLastComment(int height) {
        if (page == null) return this;
        int line = page.layout(width).lastCommentLine();
        return withTop(VerticalScroll.clamp(line, lineCount(), height));
    }

    ArticleState withTop(int newTop) {
        return new ArticleState(source, article, request, page, width, newTop, inputFocused, input, inputOffset, saving, comments);
    }

    ArticleState withPage(ArticlePage newPage) {
        return new ArticleState(source, article, request, newPage, width, top, inputFocused, input, inputOffset, saving, comments);
    }

    ArticleState withInput(InputLine newInput, int offset) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, newInput, offset, saving, comments);
    }

    ArticleState focus(boolean focused) {
        return new ArticleState(source, article, request, page, width, top, focused, input, inputOffset, saving, comments);
    }

    ArticleState withComments(CommentFocus focus) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, input, inputOffset, saving,
                focus);
    }

    /** The draft this state holds: the input and what it writes. */
    ComposeDraft draft() {
        return new ComposeDraft(input, comments.target());
    }

    ArticleState saving(boolean isSaving) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, input, inputOffset, isSaving, comments);
    }
}
