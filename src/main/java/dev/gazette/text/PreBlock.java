package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Preformatted text (pre, code listings): lines kept as they are, never re-wrapped at
 * spaces; a line wider than the screen goes on on the next row, each break marked with "↩"
 * (not "…", which says text was cut off), so nothing of it is out of sight (or of search).
 * Tabs expand to stops every {@value #TAB} columns (4 rather than 8: code is usually indented
 * for 4 and screens are narrow).
 */
final class PreBlock extends Block {
    static final int TAB = 4;
    /** The end of a row whose code line goes on on the next row. */
    static final String GOES_ON = "\u21a9";

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
    void lines(int width, LineSink line) {
        for (int i = 0; i < lines.size(); i++) {
            StyledText t = lines.get(i);
            if (columns[i] <= width) {
                line.accept(t.spans(0, t.length()));
            } else if (width < 2) {
                line.accept(List.of(new Span(TextWidth.ELLIPSIS, Style.CODE, Style.DIM)));   // no room for text and mark
            } else {
                goOn(t, width, line);
            }
        }
    }

    /**
     * A line wider than the screen, in rows of {@code width - 1} columns and a "↩", the last
     * row its rest. The clusters' columns are summed once, so a long line costs one pass (a
     * 1 MB line is 12,659 rows at 80), and each row is then checked as the screen measures it.
     */
    private static void goOn(StyledText t, int width, LineSink line) {
        String s = t.text();
        Graphemes g = new Graphemes(s);
        // A line has at most as many clusters as chars: arrays of that size, filled once.
        int[] bounds = new int[s.length() + 1];   // cluster starts, then the end
        int[] cols = new int[s.length() + 1];     // columns before each of them
        int last = 0;
        for (int i = 0; i < s.length(); last++) {
            int j = g.next(i);
            bounds[last] = i;
            cols[last + 1] = cols[last] + g.width(i, j);
            i = j;
        }
        bounds[last] = s.length();
        int k = 0;
        String join = null;   // the first row starts the line; the others go on from the row before
        // A row is measured again as the screen measures it: clusters cut apart can count
        // otherwise on their own (a lone skin-tone modifier, say).
        while (cols[last] - cols[k] > width || TextWidth.columns(s.substring(bounds[k])) > width) {
            int e = k;
            while (e < last && cols[e + 1] - cols[k] <= width - 1) e++;
            while (e > k && TextWidth.columns(s.substring(bounds[k], bounds[e])) > width - 1) e--;
            if (e == k) {
                // A wide character with no room beside it for the mark: a row of its own.
                boolean fits = TextWidth.columns(s.substring(bounds[k], bounds[k + 1])) <= width;
                line.line(fits ? t.spans(bounds[k], bounds[k + 1])
                        : List.of(new Span(TextWidth.ELLIPSIS, Style.CODE, Style.DIM)), join);
                join = "";
                k++;
                continue;
            }
            List<Span> spans = new ArrayList<>(t.spans(bounds[k], bounds[e]));
            spans.add(new Span(GOES_ON, Style.CODE, Style.DIM));
            line.line(spans, join, true);
            join = "";
            k = e;
        }
        line.line(t.spans(bounds[k], t.length()), join);
    }

    @Override
    boolean isEmpty() {
        return lines.size() == 1 && lines.get(0).length() == 0;
    }
}
