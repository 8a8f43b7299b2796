package dev.gazette.text;

import java.util.List;

/** A paragraph, heading, list item text or table-less cell text: styled text, word-wrapped. */
final class TextBlock extends Block {
    private final StyledText text;
    private final String plain;

    TextBlock(Frame frame, StyledText text) {
        super(frame);
        this.text = text;
        this.plain = text.text();
    }

    @Override
    void lines(int width, LineSink line) {
        wrap(text, plain, width, line);
    }

    /**
     * Word-wraps styled text (see {@link Wrap}) and emits each line's spans, and for a line
     * the wrap made, what it took out before it: "" or, for dropped spaces, one space.
     */
    static void wrap(StyledText text, String plain, int width, LineSink line) {
        int[] r = Wrap.ranges(plain, width);
        Graphemes g = new Graphemes(plain);
        for (int k = 0; k < r.length; k += 2) {
            int s = r[k];
            int e = r[k + 1];
            String joinBefore = k == 0 ? null : joinBetween(plain, r[k - 1], s);
            if (Wrap.overflows(plain, g, s, e, width)) {
                line.line(List.of(new Span(TextWidth.ELLIPSIS, text.spans(s, e).get(0).styles())), joinBefore);
            } else {
                line.line(text.spans(s, e), joinBefore);
            }
        }
    }

    /** Null when a line break of the text itself lies between two lines; else what the wrap dropped. */
    private static String joinBetween(String plain, int end, int start) {
        if (start <= end) return "";
        return plain.substring(end, start).indexOf('\n') >= 0 ? null : " ";
    }

    @Override
    boolean isEmpty() {
        return plain.isEmpty();
    }
}
