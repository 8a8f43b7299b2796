package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Preformatted text (pre, code listings): lines kept as they are, never re-wrapped; a line
 * wider than the screen is cut and ends in "…". Tabs expand to stops every
 * {@value #TAB} columns (4 rather than 8: code is usually indented for 4 and screens are narrow).
 */
final class PreBlock extends Block {
    static final int TAB = 4;

    private final List<StyledText> lines;
    private final int[] columns;

    /** {@code text}: clean multiline text that may still hold tabs. */
    PreBlock(Frame frame, StyledText text) {
        super(frame);
        this.lines = splitLines(text);
        this.columns = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) columns[i] = TextWidth.columns(lines.get(i).text());
    }

    private static List<StyledText> splitLines(StyledText text) {
        String s = text.text();
        List<StyledText> out = new ArrayList<>();
        Graphemes g = new Graphemes(s);
        int start = 0;
        while (true) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            out.add(expandTabs(text, s, g, start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        while (out.size() > 1 && out.get(out.size() - 1).length() == 0) out.remove(out.size() - 1);
        return out;
    }

    private static StyledText expandTabs(StyledText text, String s, Graphemes g, int start, int end) {
        StyledText line = new StyledText();
        int col = 0;
        int i = start;
        while (i < end) {
            int tab = s.indexOf('\t', i);
            int stop = tab < 0 || tab >= end ? end : tab;
            for (Span span : text.spans(i, stop)) {
                line.append(span.text(), span.styles());
            }
            if (stop == end) break;
            for (int k = i; k < stop; ) {
                int j = Math.min(g.next(k), stop);
                col += g.width(k, j);
                k = j;
            }
            int spaces = TAB - (col % TAB);
            line.append(" ".repeat(spaces), text.spans(stop, stop + 1).get(0).styles());
            col += spaces;
            i = stop + 1;
        }
        return line;
    }

    @Override
    void lines(int width, Consumer<List<Span>> line) {
        for (int i = 0; i < lines.size(); i++) {
            StyledText t = lines.get(i);
            if (columns[i] <= width) {
                line.accept(t.spans(0, t.length()));
            } else {
                String s = t.text();
                int end = TextWidth.takeEnd(s, 0, s.length(), width - 1);
                List<Span> spans = new ArrayList<>(t.spans(0, end));
                spans.add(new Span(TextWidth.ELLIPSIS, Style.CODE, Style.DIM));
                line.accept(spans);
            }
        }
    }

    @Override
    boolean isEmpty() {
        return lines.size() == 1 && lines.get(0).length() == 0;
    }
}
