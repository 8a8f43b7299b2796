package dev.gazette.ui;

/**
 * The article view's comment selection and what the input writes.
 *
 * @param selected   the selected row of the discussion, or -1 when none is
 * @param selectedId that row's comment id, to find it again when the discussion changes
 * @param target     what the comment input writes (a comment, a reply, an edit)
 * @param withdrawing the id of the comment whose withdrawal waits for y, or null
 */
public record CommentFocus(int selected, String selectedId, ComposeTarget target, String withdrawing) {

    public static final CommentFocus NONE = new CommentFocus(-1, null, ComposeTarget.COMMENT, null);

    static CommentFocus writing(ComposeTarget target) {
        return new CommentFocus(-1, null, target, null);
    }

    CommentFocus select(int row, String id) {
        return new CommentFocus(row, id, target, null);
    }

    CommentFocus withTarget(ComposeTarget t) {
        return new CommentFocus(selected, selectedId, t, withdrawing);
    }

    /**
     * Nothing selected yet: comment id is selected and scrolled into view when the article's
     * page arrives (a comment saved before the page was rendered).
     */
    CommentFocus revealWhenShown(String id) {
        return new CommentFocus(-1, id, target, null);
    }

    /** The comment to select when the page arrives, or null. */
    String awaitingReveal() {
        return selected < 0 ? selectedId : null;
    }

    CommentFocus asking(String id) {
        return new CommentFocus(selected, selectedId, target, id);
    }
}
