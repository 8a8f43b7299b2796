package dev.gazette.ui;

/**
 * The article view's state: the page, the first visible line (counted at {@code width}),
 * and the comment input. Pure apart from the page's own layout cache.
 */
public record ArticleState(ArticlePage page, int width, int top, boolean inputFocused, InputLine input, int inputOffset) {

    public static ArticleState open(ArticlePage page, int width, InputLine draft) {
        return new ArticleState(page, Math.max(1, width), 0, false, draft, 0);
    }

    public int lineCount() {
        return page.layout(width).lines().size();
    }

    /** Scrolls for a view command in a body window of {@code height} lines. */
    public ArticleState scroll(Command command, int height) {
        int next = VerticalScroll.step(command, top, height, Integer.MAX_VALUE);
        return withTop(VerticalScroll.clamp(next, lineCount(), height));
    }

    /** The same reading position at another width: the line holding the same text comes first. */
    public ArticleState reflow(int newWidth, int height) {
        int w = Math.max(1, newWidth);
        if (w == width) return withTop(VerticalScroll.clamp(top, lineCount(), height));
        long offset = page.offsetOfLine(width, top);
        int newTop = page.lineAtOffset(w, offset);
        ArticleState s = new ArticleState(page, w, newTop, inputFocused, input, inputOffset);
        return s.withTop(VerticalScroll.clamp(newTop, s.lineCount(), height));
    }

    /** Shows the page's last comment: its first line at the top when it fits, else the end. */
    public ArticleState revealLastComment(int height) {
        int line = page.layout(width).lastCommentLine();
        return withTop(VerticalScroll.clamp(line, lineCount(), height));
    }

    public ArticleState withTop(int newTop) {
        return new ArticleState(page, width, newTop, inputFocused, input, inputOffset);
    }

    public ArticleState withPage(ArticlePage newPage) {
        return new ArticleState(newPage, width, top, inputFocused, input, inputOffset);
    }

    public ArticleState withInput(InputLine newInput) {
        return new ArticleState(page, width, top, inputFocused, newInput, inputOffset);
    }

    public ArticleState withInputOffset(int offset) {
        return new ArticleState(page, width, top, inputFocused, input, offset);
    }

    public ArticleState focus(boolean focused) {
        return new ArticleState(page, width, top, focused, input, inputOffset);
    }
}
