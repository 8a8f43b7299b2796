package dev.gazette.ui;

/**
 * The headline list's position: which row is selected and which is the first shown.
 * Pure: every move returns a new state, clamped to {@code count} rows and a window of
 * {@code height} rows, so it is tested without a terminal.
 */
public record HeadlineListState(int selected, int top) {

    public static final HeadlineListState START = new HeadlineListState(0, 0);

    public HeadlineListState apply(Command command, int count, int height) {
        return select(VerticalScroll.step(command, selected, height, count - 1), count, height);
    }

    /** Selects row {@code index} (clamped) and scrolls the least needed to show it. */
    public HeadlineListState select(int index, int count, int height) {
        if (count <= 0) return START;
        int sel = Math.max(0, Math.min(index, count - 1));
        int newTop = VerticalScroll.reveal(top, sel, height);
        return new HeadlineListState(sel, VerticalScroll.clamp(newTop, count, height));
    }

    /** The same selection after the window changed size or the rows changed count. */
    public HeadlineListState fit(int count, int height) {
        return select(selected, count, height);
    }
}
