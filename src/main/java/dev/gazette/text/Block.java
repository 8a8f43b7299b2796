package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One width-independent piece of a rendered document (a paragraph, a code block, a rule, a
 * table) with its place in the page: the prefixes of the containers it sits in and whether a
 * blank line separates it from the block before. {@link #layout} turns it into lines.
 */
abstract class Block {
    /**
     * The block's place: {@code first} prefixes its first line, {@code rest} the others,
     * {@code gap} (trimmed) the blank line before it when {@code gapBefore}.
     */
    record Frame(Prefix first, Prefix rest, Prefix gap, boolean gapBefore) {
        static final Frame TOP = new Frame(Prefix.NONE, Prefix.NONE, Prefix.NONE, false);
        static final Frame TOP_GAP = new Frame(Prefix.NONE, Prefix.NONE, Prefix.NONE, true);
    }

    private final Frame frame;

    Block(Frame frame) {
        this.frame = frame;
    }

    final boolean gapBefore() {
        return frame.gapBefore();
    }

    /** Columns kept for the text itself however deep the nesting: at least half the width (and 10). */
    static int maxPrefix(int width) {
        return width - Math.min(width, Math.max(10, width / 2));
    }

    /** The blank line before this block, at {@code width}. */
    final StyledLine gapLine(int width) {
        Prefix g = frame.gap().cut(maxPrefix(width)).trimEnd();
        return g.spans().isEmpty() ? StyledLine.EMPTY : new StyledLine(g.spans(), null, g.length());
    }

    final void layout(int width, List<StyledLine> out) {
        int max = maxPrefix(width);
        Prefix first = frame.first().cut(max);
        Prefix rest = frame.rest().cut(max);
        int contentWidth = Math.max(1, width - Math.max(first.columns(), rest.columns()));
        int[] index = {0};
        lines(contentWidth, (spans, joinBefore, markAtEnd) -> {
            Prefix p = index[0]++ == 0 ? first : rest;
            if (p.spans().isEmpty()) {
                out.add(new StyledLine(spans, joinBefore, 0, markAtEnd));
            } else if (spans.isEmpty()) {
                Prefix bare = p.trimEnd();
                out.add(new StyledLine(bare.spans(), null, bare.length()));
            } else {
                List<Span> all = new ArrayList<>(p.spans().size() + spans.size());
                all.addAll(p.spans());
                all.addAll(spans);
                out.add(new StyledLine(all, joinBefore, p.length(), markAtEnd));
            }
        });
    }

    /**
     * Where a block's lines go: each line's spans and, for a line a wrap made, what the wrap
     * took out between it and the line before ({@link StyledLine#joinBefore}).
     */
    interface LineSink {
        /** @param markAtEnd the last span is a "↩" that says the line goes on ({@link StyledLine#markAtEnd}) */
        void line(List<Span> spans, String joinBefore, boolean markAtEnd);

        /** A line with no mark at its end. */
        default void line(List<Span> spans, String joinBefore) {
            line(spans, joinBefore, false);
        }

        /** A line that starts its own text. */
        default void accept(List<Span> spans) {
            line(spans, null, false);
        }
    }

    /** Emits this block's lines at {@code width} columns, without prefixes. */
    abstract void lines(int width, LineSink line);

    /** True when this block would show nothing (an empty paragraph). */
    boolean isEmpty() {
        return false;
    }
}
