package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.feed.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The article screen's state: which article, its page once rendered (null while a worker
 * renders it), the first visible line counted at {@code width}, and the comment input.
 *
 * @param source  the feed the article belongs to
 * @param request the number of the render request, so a late answer for another article is dropped
 * @param saving  a comment is being written; the input waits for the answer
 * @param anchor  the reading position in the text, set when the reader scrolls; a resize keeps it
 * @param tools   the search, the link number being typed and the link list
 * @param comments the selected comment and what the input writes (comment, reply, edit)
 * @param early   keys that act on the page, pressed before it was rendered ("Enter G" typed
 *                ahead, or arriving in one read over ssh): {@link ArticleScreen} applies them
 *                in order once it is
 */
public record ArticleState(int source, Article article, long request, ArticlePage page, int width, int top,
                           boolean inputFocused, InputLine input, int inputOffset, boolean saving,
                           ReadingAnchor anchor, ArticleTools tools, CommentFocus comments, List<KeyStroke> early) {

    public static ArticleState opening(int source, Article article, long request, int width, ComposeDraft draft) {
        return new ArticleState(source, article, request, null, Math.max(1, width), 0, false, draft.line(), 0, false,
                ReadingAnchor.TOP, ArticleTools.NONE, CommentFocus.writing(draft.target()), List.of());
    }

    /** This article's key among drafts. */
    String draftKey() {
        return AppState.draftKey(source, article.id());
    }

    public int lineCount() {
        return page == null ? 0 : page.layout(width).lines().size();
    }

    /**
     * The rendered page has arrived; a search typed before it did looks for its matches now.
     * The keys pressed meanwhile ({@link #early}) are the caller's to apply.
     */
    ArticleState ready(ArticlePage newPage, int height) {
        ArticleState s = withPage(newPage).withTop(top, height);
        if (tools.search() != null) {
            s = s.withTools(tools.reflowed(s));
            ArticleSearch.Match m = s.tools().search().currentMatch();
            boolean shown = m == null || (m.line() >= s.top && m.endLine() < s.top + height);
            if (!shown) s = s.withTop(m.line() - Math.min(2, height / 4), height);
        }
        return s.withEarly(List.of());
    }

    /** Scrolls for a view command in a body window of {@code height} lines. */
    ArticleState scroll(Command command, int height) {
        return withTop(VerticalScroll.step(command, top, height, Integer.MAX_VALUE), height);
    }

    /** Keeps {@code key} for when the page is there. */
    ArticleState pressedEarly(KeyStroke key) {
        List<KeyStroke> more = new ArrayList<>(early);
        more.add(key);
        return withEarly(List.copyOf(more));
    }

    private ArticleState withEarly(List<KeyStroke> commands) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, input, inputOffset, saving,
                anchor, tools, comments, commands);
    }

    /**
     * The same reading position at another width or height: the text that was on top stays
     * on top, and a view at the end stays at the end (see {@link ReadingAnchor}).
     */
    ArticleState reflow(int newWidth, int height, int heightBefore) {
        int w = Math.max(1, newWidth);
        if (page == null) {
            return new ArticleState(source, article, request, null, w, 0, inputFocused, input, inputOffset, saving, anchor, tools, comments, early);
        }
        int newTop = anchor.top(page, w, height);
        ArticleState s = new ArticleState(source, article, request, page, w, newTop, inputFocused, input, inputOffset, saving,
                anchor, tools, comments, early);
        s = s.withTools(tools.reflowed(s));
        // The current match stays on screen if it was: the anchor keeps the top line's text, not the match's.
        ArticleSearch.Match before = tools.search() == null ? null : tools.search().currentMatch();
        ArticleSearch.Match after = s.tools().search() == null ? null : s.tools().search().currentMatch();
        boolean wasShown = before != null && before.line() >= top && before.line() < top + heightBefore;
        if (wasShown && after != null && (after.line() < newTop || after.endLine() >= newTop + height)) {
            s = s.withTop(after.line() - Math.min(2, height / 4), height);
        }
        return s;
    }

    /** Scrolls to {@code newTop} (clamped) and remembers the text there as the reading position. */
    ArticleState withTop(int newTop, int height) {
        int t = VerticalScroll.clamp(newTop, lineCount(), height);
        return new ArticleState(source, article, request, page, width, t, inputFocused, input, inputOffset, saving,
                ReadingAnchor.of(page, width, t, height), tools, comments, early);
    }

    ArticleState withPage(ArticlePage newPage) {
        return new ArticleState(source, article, request, newPage, width, top, inputFocused, input, inputOffset, saving, anchor,
                tools, comments, early);
    }

    ArticleState withInput(InputLine newInput, int offset) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, newInput, offset, saving, anchor,
                tools, comments, early);
    }

    ArticleState focus(boolean focused) {
        return new ArticleState(source, article, request, page, width, top, focused, input, inputOffset, saving, anchor, tools, comments, early);
    }

    ArticleState saving(boolean isSaving) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, input, inputOffset, isSaving, anchor,
                tools, comments, early);
    }

    ArticleState withTools(ArticleTools newTools) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, input, inputOffset, saving, anchor,
                newTools, comments, early);
    }

    ArticleState withComments(CommentFocus focus) {
        return new ArticleState(source, article, request, page, width, top, inputFocused, input, inputOffset, saving,
                anchor, tools, focus, early);
    }

    /** The draft this state holds: the input and what it writes. */
    ComposeDraft draft() {
        return new ComposeDraft(input, comments.target());
    }

    /** The same article asked for again under a new request number (the old answer is dropped). */
    ArticleState withRequest(long newRequest) {
        return new ArticleState(source, article, newRequest, page, width, top, inputFocused, input, inputOffset, saving,
                anchor, tools, comments, early);
    }
}
