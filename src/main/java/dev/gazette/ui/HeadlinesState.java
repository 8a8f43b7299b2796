package dev.gazette.ui;

import dev.gazette.feed.Article;

import java.util.List;

/**
 * The headline list's own state: which rows the filter lets through, the selection, and
 * the filter line.
 *
 * @param visible    the articles shown, in feed order
 * @param position   the selected row and the first row shown
 * @param filter     the filter text (kept after Enter, cleared by Esc)
 * @param filtering  the filter line has the keys
 * @param unreadOnly only unread articles are shown
 */
public record HeadlinesState(List<Article> visible, HeadlineListState position, InputLine filter,
                             boolean filtering, boolean unreadOnly) {

    public static final HeadlinesState START =
            new HeadlinesState(List.of(), HeadlineListState.START, InputLine.EMPTY, false, false);

    Article selected() {
        return visible.isEmpty() ? null : visible.get(position.selected());
    }

    HeadlinesState withVisible(List<Article> rows, HeadlineListState pos) {
        return new HeadlinesState(rows, pos, filter, filtering, unreadOnly);
    }

    HeadlinesState withPosition(HeadlineListState pos) {
        return new HeadlinesState(visible, pos, filter, filtering, unreadOnly);
    }

    HeadlinesState withFilter(InputLine text, boolean isFiltering) {
        return new HeadlinesState(visible, position, text, isFiltering, unreadOnly);
    }

    HeadlinesState withUnreadOnly(boolean only) {
        return new HeadlinesState(visible, position, filter, filtering, only);
    }
}
