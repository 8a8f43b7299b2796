package dev.gazette.text;

import java.util.List;
import java.util.function.Consumer;

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
    void lines(int width, Consumer<List<Span>> line) {
        wrap(text, plain, width, line);
    }

    /** Word-wraps styled text (see {@link Wrap}) and emits each line's spans. */
    static void wrap(StyledText text, String plain, int width, Consumer<List<Span>> line) {
        int[] r = Wrap.ranges(plain, width);
        Graphemes g = new Graphemes(plain);
        for (int k = 0; k < r.length; k += 2) {
            int s = r[k];
            int e = r[k + 1];
            if (Wrap.overflows(plain, g, s, e, width)) {
                line.accept(List.of(new Span(TextWidth.ELLIPSIS, text.spans(s, e).get(0).styles())));
            } else {
                line.accept(text.spans(s, e));
            }
        }
    }

    @Override
    boolean isEmpty() {
        return plain.isEmpty();
    }
}
